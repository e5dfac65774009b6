package de.lotse.security;

import de.lotse.common.paging.ListQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which records of people a request may see: all, or only the caller's own sponsor profile
 * ({@code self}) and/or the records of the projects they coordinate ({@code projects}); null means
 * "not restricted by this". Records outside are answered as not found.
 */
public record RecordScope(UUID self, Set<UUID> projects) {

    public static final RecordScope EVERYTHING = new RecordScope(null, null);
    /** Stands for "no record" where a restriction has nothing to match. */
    static final UUID NOBODY = new UUID(0, 0);

    public boolean unrestricted() {
        return self == null && projects == null;
    }

    /** Whether the record with {@code id} in project {@code projectId} is visible. */
    public boolean sees(UUID id, UUID projectId) {
        return unrestricted() || (self != null && self.equals(id)) || (projects != null && projectId != null && projects.contains(projectId));
    }

    /** Whether records may be put into project {@code projectId}: a coordinator only into their own. */
    public boolean mayAssign(UUID projectId) {
        return projects == null || (projectId != null && projects.contains(projectId));
    }

    /** Restricts a list query on an entity with attributes {@code id} and {@code projectId}. */
    public ListQuery restrict(ListQuery query) {
        if (unrestricted()) {
            return query;
        }
        Map<String, Object> values = new HashMap<>();
        StringBuilder condition = new StringBuilder("(");
        if (self != null) {
            condition.append("id = :scopeSelf");
            values.put("scopeSelf", self);
        }
        if (projects != null) {
            condition.append(self != null ? " or " : "").append("projectId in :scopeProjects");
            values.put("scopeProjects", projects.isEmpty() ? Set.of(NOBODY) : projects);
        }
        return query.where(condition.append(')').toString(), values);
    }
}
