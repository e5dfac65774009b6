package de.lotse.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonalDataExport", description = "Everything Lotse holds about one person (Art. 15 GDPR), as stored. "
        + "Stored rows appear with all their columns, keys in camelCase.")
public record PersonalDataDto(
        @Schema(required = true) SubjectType subjectType,
        @Schema(required = true, example = "01933b5e-b24a-7c3d-9a1b-2c3d4e5f6a7b") UUID subjectId,
        @Schema(required = true, description = "When this export was made", example = "2026-03-01T09:30:00Z") Instant exportedAt,
        @Schema(required = true, description = "Account that made the export", example = "dpo") String exportedBy,
        @Schema(required = true, description = "The person's stored record with every column, including legal hold, end of "
                + "involvement (endedOn) and erasure mark") StoredRow record,
        @Schema(description = "The project the person belongs to: id, code and name; absent without one") ProjectRef project,
        @Schema(required = true, description = "All consents, in force and withdrawn, newest first") List<ConsentDto> consents,
        @Schema(required = true, description = "Stored rows of other tables that refer to the person (e.g. mentorships), by table "
                + "name; empty when nothing refers to them") Map<String, List<StoredRow>> referencedBy,
        @Schema(required = true, description = "Stored revisions of the record (entity history), oldest first") List<StoredRow> history,
        @Schema(required = true, description = "Audit trail entries about the person or their consents, oldest first")
        List<StoredRow> auditEvents) {

    /** A stored row as it is: every column, keys in camelCase. */
    @Schema(name = "StoredRow", type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
            description = "A stored row with every column, keys in camelCase")
    public static final class StoredRow extends LinkedHashMap<String, Object> {
    }

    @Schema(name = "PersonalDataProject", description = "The project a person belongs to")
    public record ProjectRef(
            @Schema(required = true, example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
            @Schema(required = true, example = "WIL") String code,
            @Schema(required = true, example = "Willkommen in Ludwigsburg") String name) {
    }
}
