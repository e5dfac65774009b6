package de.lotse.audit;

import de.lotse.common.paging.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "The audit trail: every write of every record and every read of sensitive fields (data protection officer)")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    private static final String PERIOD = "A date (YYYY-MM-DD, the whole day in the office's time zone Europe/Berlin) or an instant (RFC 3339)";
    private static final String PERIOD_PATTERN = "^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2}))?$";

    private final AuditEvents events;

    public AuditEventResource(AuditEvents events) {
        this.events = events;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "List the audit trail",
            description = "Append-only: entries are never changed or deleted. Newest first unless sorted otherwise; sortable by occurredAt, "
                    + "actor, operation, resourceType. Filters combine with and.")
    public Page<AuditEventDto> list(@BeanParam @Valid Paging paging,
            @QueryParam("sort") @Parameter(description = "Comma-separated fields to sort by; prefix a field with `-` for descending, "
                    + "e.g. `actor,-occurredAt` (default `-occurredAt`)") String sort,
            @QueryParam("actor") @Size(max = 254) @Parameter(description = "Only entries of this actor (exact account name or client id)",
                    example = "staff") String actor,
            @QueryParam("resourceType") @Size(max = 60) @Parameter(description = "Only entries about this kind of record",
                    example = "newcomer", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]+(-[a-z]+)*$")) String resourceType,
            @QueryParam("resourceId") @Parameter(description = "Only entries about this record") UUID resourceId,
            @QueryParam("operation") @Size(max = 100) @Parameter(description = "Only entries of this operation (operationId)",
                    example = "patchNewcomer") String operation,
            @QueryParam("from") @Parameter(description = "Only entries at or after this. " + PERIOD, example = "2026-03-01",
                    schema = @Schema(type = SchemaType.STRING, pattern = PERIOD_PATTERN)) String from,
            @QueryParam("to") @Parameter(description = "Only entries at or before this. " + PERIOD, example = "2026-03-31",
                    schema = @Schema(type = SchemaType.STRING, pattern = PERIOD_PATTERN)) String to) {
        return events.list(new AuditEvents.Filter(actor, resourceType, resourceId, operation, from, to), paging, sort);
    }
}
