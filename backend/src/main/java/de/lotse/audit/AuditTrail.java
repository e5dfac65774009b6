package de.lotse.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * Writes the audit trail ({@code audit_events}, append-only): who did what to which record, when,
 * and the names of the fields involved, never their values. Writes of records arrive through
 * {@link ChangeInterceptor}; reads of sensitive fields are recorded by the resources that answer them.
 */
@ApplicationScoped
public class AuditTrail {

    /** One record's entry: what happened to it and which fields were involved. */
    record Entry(AuditAction action, String resourceType, UUID resourceId, List<String> fields) {
    }

    private static final String INSERT = """
            INSERT INTO audit_events (id, occurred_at, actor, actor_kind, actor_roles, operation, action, resource_type, resource_id, fields)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final AgroalDataSource dataSource;

    public AuditTrail(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records that the caller was shown the sensitive {@code field} of these records (e.g. a page of
     * newcomers with their residence status): one entry per record, in one batched insert.
     */
    @Transactional
    public void recordRead(String resourceType, Collection<UUID> ids, String field) {
        write(ids.stream().map(id -> new Entry(AuditAction.READ, resourceType, id, List.of(field))).toList());
    }

    /**
     * Writes the entries in the current transaction, on its connection (inside a transaction the
     * datasource hands out the connection the transaction holds): they commit or roll back with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void write(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Actor actor = Actor.current();
        OffsetDateTime now = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Entry entry : entries) {
                insert.setObject(1, UuidVersion7Strategy.INSTANCE.generateUuid(null));
                insert.setObject(2, now);
                insert.setString(3, actor.name());
                insert.setString(4, actor.kind().name());
                insert.setArray(5, connection.createArrayOf("varchar", actor.roles().toArray()));
                insert.setString(6, actor.operation());
                insert.setString(7, entry.action().name());
                insert.setString(8, entry.resourceType());
                insert.setObject(9, entry.resourceId());
                insert.setArray(10, connection.createArrayOf("varchar", entry.fields().toArray()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // A PersistenceException, so that an unreachable database is answered as such (503), like any write.
            throw new PersistenceException("The audit trail could not be written; the change is not made", e);
        }
    }

    /** The resource type of an entity class as the trail names it: {@code BudgetLine} is {@code budget-line}. */
    static String resourceType(Class<?> entityClass) {
        return entityClass.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
