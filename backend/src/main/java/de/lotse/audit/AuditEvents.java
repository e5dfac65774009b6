package de.lotse.audit;

import de.lotse.common.error.Problems;
import de.lotse.common.paging.ListQuery;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.paging.SortFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Reads the audit trail for the data protection officer. */
@ApplicationScoped
public class AuditEvents {

    /** A day given as a date is a day of the office, in its time zone (as the meeting list has it). */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    static final SortFields SORT = SortFields.defaultingTo("-occurredAt")
            .field("occurredAt").field("actor").field("operation").field("resourceType");

    /** Filters of the list; null means "any". {@code from} and {@code to}: a date or an instant, both inclusive. */
    public record Filter(String actor, String resourceType, UUID resourceId, String operation, String from, String to) {
    }

    @Transactional
    public Page<AuditEventDto> list(Filter filter, Paging paging, String sort) {
        Instant from = filter.from() == null || filter.from().isBlank() ? null : bound("from", filter.from(), false);
        Instant to = filter.to() == null || filter.to().isBlank() ? null : bound("to", filter.to(), true);
        if (from != null && to != null && to.isBefore(from)) {
            throw Problems.invalid("to", "query", "must not be before from");
        }
        PageParams params = new PageParams();
        params.page = paging.page;
        params.size = paging.size;
        params.sort = sort;
        return new ListQuery()
                .where("actor = :actor", "actor", filter.actor())
                .where("resourceType = :resourceType", "resourceType", filter.resourceType())
                .where("resourceId = :resourceId", "resourceId", filter.resourceId())
                .where("operation = :operation", "operation", filter.operation())
                .where("occurredAt >= :from", "from", from)
                .where("occurredAt <= :to", "to", to)
                .page((jpql, s, parameters) -> AuditEvent.find(jpql, s, parameters), SORT, params, AuditEventDto::from);
    }

    /**
     * A date stands for its whole day: from its first microsecond ({@code from}) or to its last
     * ({@code to}); an instant (RFC 3339, any offset) stands for itself.
     */
    static Instant bound(String parameter, String value, boolean upper) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return upper ? day.plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant().minus(1, ChronoUnit.MICROS)
                        : day.atStartOfDay(OFFICE_ZONE).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Problems.invalid(parameter, "query", "must be a date (YYYY-MM-DD) or an instant (RFC 3339, e.g. 2026-03-01T09:30:00Z)");
        }
    }
}
