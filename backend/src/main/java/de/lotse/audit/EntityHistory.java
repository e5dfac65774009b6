package de.lotse.audit;

import de.lotse.common.error.Problems;
import de.lotse.common.paging.Page;
import de.lotse.common.persistence.BaseEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * The history of records (Hibernate Envers): every committed state of an {@link Audited} entity is
 * kept in its table's {@code <table>_aud} twin, stamped with a {@link HistoryRevision}. Read here,
 * newest first, and purged for an erasure with {@link #forget}.
 */
@ApplicationScoped
public class EntityHistory {

    /** As configured in quarkus.hibernate-envers.audit-table-suffix. */
    static final String TABLE_SUFFIX = "_aud";

    private final EntityManager entityManager;
    private final Map<Class<?>, List<Field>> auditedFields = new ConcurrentHashMap<>();

    public EntityHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The revisions of one record, newest first, with what each changed and the values after it.
     * A record that neither exists nor has history is a 404; one that exists without history (e.g.
     * loaded as demo data, never changed since) has an empty history.
     */
    @Transactional
    public Page<HistoryEntryDto> of(Class<? extends BaseEntity> type, UUID id, Paging paging) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        long total = ((Number) revisions(reader, type, id).addProjection(AuditEntity.revisionNumber().count()).getSingleResult()).longValue();
        if (total == 0 && entityManager.find(type, id) == null) {
            throw Problems.notFound(AuditTrail.resourceType(type).replace('-', ' '), id);
        }
        // One revision more than the page: the one before the page's oldest, to tell what that one changed.
        List<?> rows = revisions(reader, type, id).addOrder(AuditEntity.revisionNumber().desc())
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) paging.page * paging.size))
                .setMaxResults(paging.size + 1).getResultList();
        List<HistoryEntryDto> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), paging.size); i++) {
            items.add(entry(type, (Object[]) rows.get(i), i + 1 < rows.size() ? (Object[]) rows.get(i + 1) : null));
        }
        return new Page<>(items, paging.page, paging.size, total);
    }

    /**
     * Purges the stored history of one record down to its newest revision, for an erasure (Art. 17
     * GDPR): anonymise the record through Hibernate first, so that its newest revision holds only
     * anonymised values, then call this, in the same transaction or a later one. The purge runs
     * when the transaction commits, after Envers has stored that transaction's revisions, so the
     * revision kept is the anonymised one. Kept as well: the revisions' actor, operation and time,
     * and the audit trail (field names only). Throws IllegalArgumentException for an entity class
     * without history.
     */
    @Transactional
    public void forget(Class<?> entityClass, UUID id) {
        String table = historyTable(entityClass);
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        session.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                .registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) completing -> completing.doWork(connection -> {
                    // The table name comes from the entity's mapping, never from a request.
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                            + " WHERE id = ? AND rev < (SELECT max(rev) FROM " + table + " WHERE id = ?)")) {
                        delete.setObject(1, id);
                        delete.setObject(2, id);
                        delete.executeUpdate();
                    }
                }));
    }

    private static AuditQuery revisions(AuditReader reader, Class<?> type, UUID id) {
        return reader.createQuery().forRevisionsOfEntity(type, false, true).add(AuditEntity.id().eq(id));
    }

    private static String historyTable(Class<?> entityClass) {
        Table table = entityClass.getAnnotation(Table.class);
        if (table == null || !entityClass.isAnnotationPresent(Audited.class)) {
            throw new IllegalArgumentException(entityClass.getName() + " keeps no history");
        }
        return table.name() + TABLE_SUFFIX;
    }

    /** {@code row} and {@code older}: entity, revision, revision type, as Envers returns them. */
    private HistoryEntryDto entry(Class<?> type, Object[] row, Object[] older) {
        HistoryRevision revision = (HistoryRevision) row[1];
        HistoryKind kind = kind((RevisionType) row[2]);
        Map<String, Object> values = kind == HistoryKind.DELETED ? null : values(type, row[0]);
        List<String> changed = switch (kind) {
            case CREATED -> values.entrySet().stream().filter(e -> !ChangeInterceptor.BOOKKEEPING.contains(e.getKey()))
                    .filter(e -> ChangeInterceptor.isSet(e.getValue())).map(Map.Entry::getKey).toList();
            case CHANGED -> older == null ? List.of() : changedFields(type, values, values(type, older[0]));
            case DELETED -> List.of();
        };
        return new HistoryEntryDto(revision.id, revision.occurredAt, revision.actor, revision.operation, kind, changed, values);
    }

    private List<String> changedFields(Class<?> type, Map<String, Object> newer, Map<String, Object> older) {
        return fields(type).stream().map(Field::getName).filter(name -> !ChangeInterceptor.BOOKKEEPING.contains(name))
                .filter(name -> !Objects.equals(newer.get(name), older.get(name))).toList();
    }

    private static HistoryKind kind(RevisionType type) {
        return switch (type) {
            case ADD -> HistoryKind.CREATED;
            case MOD -> HistoryKind.CHANGED;
            case DEL -> HistoryKind.DELETED;
        };
    }

    /** The audited fields of a snapshot, in declaration order, as the resources write them on the wire. */
    private Map<String, Object> values(Class<?> type, Object snapshot) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields(type)) {
            try {
                Object value = wire(field.get(snapshot));
                if (value != null) {
                    values.put(field.getName(), value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + field, e);
            }
        }
        return values;
    }

    private static Object wire(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal amount) {
            // Money and other decimals are strings on the wire, never floats (API.md).
            return amount.toPlainString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(EntityHistory::wire).toList();
        }
        return value;
    }

    /** Persistent, audited fields of the entity and its superclasses, the superclasses' first. */
    private List<Field> fields(Class<?> type) {
        return auditedFields.computeIfAbsent(type, t -> {
            Set<String> persistent = entityManager.getMetamodel().entity(t).getAttributes().stream()
                    .map(jakarta.persistence.metamodel.Attribute::getName).collect(Collectors.toSet());
            List<Class<?>> hierarchy = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                hierarchy.add(0, c);
            }
            List<Field> fields = new ArrayList<>();
            for (Class<?> c : hierarchy) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && persistent.contains(field.getName()) && !field.getName().equals("id")
                            && !field.isAnnotationPresent(NotAudited.class)) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        });
    }
}
