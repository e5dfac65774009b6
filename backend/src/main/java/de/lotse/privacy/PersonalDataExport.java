package de.lotse.privacy;

import de.lotse.audit.AuditTrail;
import de.lotse.privacy.PersonalDataDto.StoredRow;
import de.lotse.project.Project;
import de.lotse.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Art. 15 GDPR: everything Lotse holds about one person, read from the stored rows themselves so
 * that columns and references added later are part of the export without changing it.
 */
@ApplicationScoped
public class PersonalDataExport {

    /** The field list of the export's entry in the audit trail: everything. */
    static final String EVERYTHING = "*";

    private final Caller caller;
    private final Consents consents;
    private final AuditTrail auditTrail;

    public PersonalDataExport(Caller caller, Consents consents, AuditTrail auditTrail) {
        this.caller = caller;
        this.consents = consents;
        this.auditTrail = auditTrail;
    }

    @Transactional
    public PersonalDataDto export(SubjectType type, UUID id) {
        Person person = Person.require(type, id, caller.scope());
        StoredRow record = Rows.query("SELECT * FROM " + type.table + " WHERE id = ?", id).get(0);
        Project project = person.projectId() == null ? null : Project.findById(person.projectId());
        List<ConsentDto> consentList = consents.all(type, id);
        List<String> about = new ArrayList<>(List.of(id.toString()));
        consentList.forEach(c -> about.add(c.id().toString()));
        auditTrail.recordRead(person.type().resourceName, List.of(id), EVERYTHING);
        return new PersonalDataDto(type, id, Instant.now().truncatedTo(ChronoUnit.MICROS), caller.username(), record,
                project == null ? null : new PersonalDataDto.ProjectRef(project.id, project.code, project.name),
                consentList, referencedBy(type, id), history(type, id), auditEvents(about));
    }

    /** Rows that point at the person through a foreign key, except their consents (listed above). */
    private static Map<String, List<StoredRow>> referencedBy(SubjectType type, UUID id) {
        Map<String, List<StoredRow>> rows = new LinkedHashMap<>();
        for (StoredRow reference : Rows.referencesTo(type.table)) {
            String table = (String) reference.get("referencingTable");
            if (!table.equals("consents")) {
                // Identifiers from the catalogue, quoted there: no input reaches the statement's text.
                List<StoredRow> found = Rows.query("SELECT * FROM " + table + " WHERE "
                        + reference.get("referencingColumn") + " = ? ORDER BY 1", id);
                if (!found.isEmpty()) {
                    rows.computeIfAbsent(table, t -> new ArrayList<>()).addAll(found);
                }
            }
        }
        return rows;
    }

    /** The revisions the entity history keeps, each with when, by whom and by which operation it was made. */
    private static List<StoredRow> history(SubjectType type, UUID id) {
        return Rows.query("SELECT r.occurred_at AS revision_occurred_at, r.actor AS revision_actor, r.operation AS revision_operation, h.*"
                + " FROM " + type.table + "_aud h JOIN history_revisions r ON r.id = h.rev WHERE h.id = ? ORDER BY h.rev", id);
    }

    /** Including the export's own entry: it is written before this is read. */
    private static List<StoredRow> auditEvents(List<String> resourceIds) {
        return Rows.query("SELECT * FROM audit_events WHERE resource_id = ANY (CAST(? AS uuid[])) ORDER BY occurred_at, id",
                (Object) resourceIds.toArray(String[]::new));
    }
}
