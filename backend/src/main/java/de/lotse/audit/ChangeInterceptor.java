package de.lotse.audit;

import de.lotse.common.persistence.BaseEntity;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Records every write of every stored record in the audit trail: one entry per created, changed or
 * deleted record, naming the fields set or changed.
 *
 * <p>Why a Hibernate interceptor: it is handed each record's property names with their old and new
 * state at the moment Hibernate writes it, for every resource and sub-resource alike, without code
 * in the services. (Envers' EntityTrackingRevisionListener learns which record changed, not which
 * fields.) The entry is written on the write's own transaction, so an entry that cannot be written
 * fails the write, and a write that is rolled back (a 409 from the database, say) leaves no entry.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ChangeInterceptor implements Interceptor {

    /** What every record carries and changes with every write: not worth an entry's field list. */
    static final Set<String> BOOKKEEPING = Arrays.stream(BaseEntity.class.getDeclaredFields())
            .map(Field::getName).collect(Collectors.toUnmodifiableSet());

    private final AuditTrail trail;
    private final CascadedDeletes cascades;

    public ChangeInterceptor(AuditTrail trail, CascadedDeletes cascades) {
        this.trail = trail;
        this.cascades = cascades;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof BaseEntity) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                if (!BOOKKEEPING.contains(names[i]) && isSet(state[i])) {
                    fields.add(names[i]);
                }
            }
            trail.write(List.of(entry(AuditAction.CREATED, entity, id, fields)));
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] state, Object[] previousState, String[] names, Type[] types) {
        if (entity instanceof BaseEntity) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                if (!BOOKKEEPING.contains(names[i]) && (previousState == null || !types[i].isEqual(state[i], previousState[i]))) {
                    fields.add(names[i]);
                }
            }
            if (!fields.isEmpty()) {
                trail.write(List.of(entry(AuditAction.CHANGED, entity, id, fields)));
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof BaseEntity) {
            List<AuditTrail.Entry> entries = new ArrayList<>();
            entries.add(entry(AuditAction.DELETED, entity, id, List.of()));
            entries.addAll(cascades.deletedWith(Hibernate.getClass(entity), (UUID) id));
            trail.write(entries);
        }
    }

    private static AuditTrail.Entry entry(AuditAction action, Object entity, Object id, List<String> fields) {
        return new AuditTrail.Entry(action, AuditTrail.resourceType(Hibernate.getClass(entity)), (UUID) id, fields);
    }

    static boolean isSet(Object value) {
        return value != null && !(value instanceof Collection<?> c && c.isEmpty());
    }
}
