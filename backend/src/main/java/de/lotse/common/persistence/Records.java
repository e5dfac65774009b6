package de.lotse.common.persistence;

import de.lotse.common.error.Problems;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.PersistenceException;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/** Lookups, references and deletes that behave the same for every resource. */
public final class Records {

    private static final String FOREIGN_KEY_PREFIX = "fk_";

    private Records() {
    }

    /** The record, or a 404 naming what was looked for. */
    public static <E extends BaseEntity> E require(Class<E> type, UUID id, String resourceName) {
        E entity = Panache.getEntityManager().find(type, id);
        if (entity == null) {
            throw Problems.notFound(resourceName, id);
        }
        return entity;
    }

    /** A referenced id must exist: otherwise a 400 naming the field that holds it. */
    public static void requireReference(String field, UUID id, Class<? extends BaseEntity> type) {
        if (id != null && Panache.getEntityManager().find(type, id) == null) {
            throw Problems.invalidBody(field, "refers to no existing record (" + id + ")");
        }
    }

    /**
     * Deletes now, so that a record still referenced elsewhere is reported as a 409 saying what
     * refers to it (taken from the foreign key's name, {@code fk_<table>__<column>}), with
     * nothing deleted.
     */
    public static void delete(BaseEntity entity, String description) {
        try {
            entity.delete();
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            String referencing = referencingTable(e);
            if (referencing == null) {
                throw e;
            }
            throw Problems.inUse(description + " cannot be deleted: " + referencing
                    + " still refer to it. Delete or reassign them first.");
        }
    }

    private static String referencingTable(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.FOREIGN_KEY) {
                String name = violation.getConstraintName();
                if (name != null && name.startsWith(FOREIGN_KEY_PREFIX) && name.contains("__")) {
                    return name.substring(FOREIGN_KEY_PREFIX.length(), name.indexOf("__")).replace('_', ' ');
                }
                return "other records";
            }
        }
        return null;
    }
}
