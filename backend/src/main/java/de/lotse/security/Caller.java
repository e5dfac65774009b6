package de.lotse.security;

import de.lotse.project.Project;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: a signed-in person with roles, or another tool of the city with scopes. Read
 * from the verified access token; {@link AccessFilter} has checked the operation against the
 * access matrix before any resource runs.
 */
@RequestScoped
public class Caller {

    static final String SPONSOR_CLAIM = "lotse_sponsor_id";
    static final String PROJECTS_CLAIM = "lotse_projects";

    private final SecurityIdentity identity;
    private final AccessMatrix matrix;
    private Access granted = Access.DENY;
    private String operationId;
    private RecordScope scope;

    public Caller(SecurityIdentity identity, AccessMatrix matrix) {
        this.identity = identity;
        this.matrix = matrix;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The account name (preferred_username); for a tool, its client id. Never a person's real name. */
    public String username() {
        return token().map(t -> Optional.ofNullable(t.<Object>getClaim("preferred_username")).map(Object::toString)
                .or(() -> Optional.ofNullable(t.<Object>getClaim("azp")).map(Object::toString))
                .orElse(t.getSubject())).orElse(identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName());
    }

    public String displayName() {
        return token().map(t -> t.<Object>getClaim("name")).map(Object::toString).orElse(username());
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (identity.hasRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean has(Role role) {
        return identity.hasRole(role.name());
    }

    /** A tool of the city (no person's role): its rights come from the scopes of its token. */
    public boolean isClient() {
        return roles().isEmpty();
    }

    public Set<Scope> scopes() {
        if (!isClient()) {
            return Set.of();
        }
        return token().map(t -> t.<Object>getClaim("scope")).map(Object::toString).stream()
                .flatMap(s -> Arrays.stream(s.split("\\s+"))).map(Scope::fromClaim).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The sponsor record of a SPONSOR (from the identity provider's lotse_sponsor_id). */
    public Optional<UUID> sponsorId() {
        return token().map(t -> t.<Object>getClaim(SPONSOR_CLAIM)).map(Caller::text).flatMap(Caller::uuid);
    }

    /** Codes of the projects a COORDINATOR coordinates (lotse_projects). */
    public Set<String> projectCodes() {
        Object claim = token().map(t -> t.<Object>getClaim(PROJECTS_CLAIM)).orElse(null);
        Stream<?> values = claim instanceof Collection<?> c ? c.stream() : claim == null ? Stream.empty() : Stream.of(claim);
        return values.map(Caller::text).filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
    }

    /** What the matrix grants this caller for {@code operationId}. */
    public Access accessTo(String operationId) {
        return matrix.rule(operationId)
                .map(rule -> isClient() ? rule.forScopes(scopes()) : rule.forRoles(roles()))
                .orElse(Access.DENY);
    }

    /** Called by the filter: what was granted for the operation of this request. */
    void grant(String operationId, Access access) {
        this.operationId = operationId;
        this.granted = access;
    }

    /** The operationId of this request (e.g. patchNewcomer); null outside API requests, e.g. in scheduled jobs. */
    public String operationId() {
        return operationId;
    }

    /**
     * The records this request may touch: everything unless the operation was granted as "own",
     * then the sponsor's own profile and/or the coordinator's projects.
     */
    public RecordScope scope() {
        if (scope == null) {
            scope = granted == Access.OWN
                    ? new RecordScope(has(Role.SPONSOR) ? sponsorId().orElse(RecordScope.NOBODY) : null,
                            has(Role.COORDINATOR) ? coordinatedProjects() : null)
                    : RecordScope.EVERYTHING;
        }
        return scope;
    }

    /**
     * Whether responses may carry sensitive personal fields (residence status, consent details,
     * newcomers' contact data): the office, the DPO, coordinators (for their own projects, the
     * only ones they see) and tools with the personal-data scope.
     */
    public boolean seesSensitiveData() {
        return has(Role.STAFF) || has(Role.DPO) || has(Role.COORDINATOR) || scopes().contains(Scope.PERSONAL_DATA);
    }

    private Set<UUID> coordinatedProjects() {
        Set<String> codes = projectCodes();
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Project.<Project>list("code in ?1", codes).stream().map(p -> p.id).collect(Collectors.toUnmodifiableSet());
    }

    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }

    private static String text(Object value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
