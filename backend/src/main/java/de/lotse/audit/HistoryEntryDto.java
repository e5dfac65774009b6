package de.lotse.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One revision of a record: who changed it, when, by which operation, and its values afterwards")
public record HistoryEntryDto(
        @Schema(required = true, description = "Number of the revision; increases with every change anywhere in Lotse", example = "42") long revision,
        @Schema(required = true, description = "When the change was committed (millisecond precision)", example = "2026-03-01T09:30:00.123Z") Instant at,
        @Schema(required = true, description = "Account name of the person, client id of the tool, or system:<job> for a job of Lotse", example = "staff") String actor,
        @Schema(description = "The operationId of the change; absent for changes made outside the API", example = "patchProject") String operation,
        @Schema(required = true) HistoryKind kind,
        @Schema(required = true, description = "Names of the fields this revision set (CREATED) or changed (CHANGED); empty for DELETED, "
                + "and when the revision before was purged (erasure)", example = "[\"name\", \"status\"]") List<String> changedFields,
        @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                description = "The record's fields after the revision, named and written as in the resource itself (fields without a value are "
                        + "absent); absent for DELETED",
                example = "{\"version\": 1, \"code\": \"WIL\", \"name\": \"Willkommen in Ludwigsburg\", \"status\": \"RUNNING\"}") Map<String, Object> values) {
}
