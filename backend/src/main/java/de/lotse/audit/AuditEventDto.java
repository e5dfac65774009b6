package de.lotse.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One entry of the audit trail: who created, changed, deleted a record or read its sensitive "
        + "fields, when, by which operation, and the names of the fields involved (never their values)")
public record AuditEventDto(
        @Schema(required = true, example = "01933b5e-c84a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(required = true, example = "2026-03-01T09:30:00.123456Z") Instant occurredAt,
        @Schema(required = true, description = "Account name of the person, client id of the tool, or system:<job> for a job of Lotse",
                example = "staff") String actor,
        @Schema(required = true) ActorKind actorKind,
        @Schema(required = true, description = "The person's roles, or the tool's scopes, at the time", example = "[\"STAFF\"]") List<String> actorRoles,
        @Schema(description = "The operationId of the request (e.g. patchNewcomer), or the job's operation; absent when unknown",
                example = "patchNewcomer") String operation,
        @Schema(required = true) AuditAction action,
        @Schema(required = true, description = "Kind of record, in the singular and kebab-case", example = "newcomer") String resourceType,
        @Schema(required = true, example = "01933b5e-b24a-7c3d-9a1b-2c3d4e5f6a7b") UUID resourceId,
        @Schema(required = true, description = "CREATED: the fields set; CHANGED: the fields whose value changed; READ: the sensitive fields "
                + "shown; DELETED: none", example = "[\"district\", \"status\"]") List<String> fields) {

    static AuditEventDto from(AuditEvent e) {
        return new AuditEventDto(e.id, e.occurredAt, e.actor, e.actorKind, List.copyOf(e.actorRoles), e.operation, e.action,
                e.resourceType, e.resourceId, List.copyOf(e.fields));
    }
}
