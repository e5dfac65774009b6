package de.lotse.audit;

import de.lotse.common.persistence.BaseEntity;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The records the database deletes along with a record (foreign keys with ON DELETE CASCADE, e.g.
 * a meeting's participants and actions): Hibernate never sees them go, so the audit trail asks the
 * database which rows the cascade will take, before it takes them. The cascades are read from the
 * catalogue, so new ones are covered without a change here.
 */
@ApplicationScoped
class CascadedDeletes {

    /** A foreign key column of {@code childTable} whose rows go with the referenced row. */
    private record Cascade(String childTable, String column) {
    }

    private static final String CASCADES = """
            SELECT p.relname AS parent, c.relname AS child, a.attname AS column
            FROM pg_constraint k
            JOIN pg_class p ON p.oid = k.confrelid
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
            WHERE k.contype = 'f' AND k.confdeltype = 'c' AND cardinality(k.conkey) = 1
              AND k.connamespace = current_schema()::regnamespace""";

    private final AgroalDataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;
    private volatile Map<String, List<Cascade>> cascadesByParent;
    private volatile Map<String, Class<?>> entitiesByTable;

    CascadedDeletes(AgroalDataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Deletion entries for every record the database will delete with record {@code id} of {@code entityClass}. */
    List<AuditTrail.Entry> deletedWith(Class<?> entityClass, UUID id) {
        Table table = entityClass.getAnnotation(Table.class);
        if (table == null) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            List<AuditTrail.Entry> entries = new ArrayList<>();
            collect(connection, table.name(), id, entries);
            return entries;
        } catch (SQLException e) {
            throw new PersistenceException("The audit trail could not find the records deleted along; nothing is deleted", e);
        }
    }

    private void collect(Connection connection, String parentTable, UUID parentId, List<AuditTrail.Entry> entries) throws SQLException {
        for (Cascade cascade : cascades(connection).getOrDefault(parentTable, List.of())) {
            Class<?> child = entities().get(cascade.childTable());
            if (child == null) {
                continue;
            }
            // Table and column names come from the catalogue, never from a request.
            String sql = "SELECT id FROM \"" + cascade.childTable() + "\" WHERE \"" + cascade.column() + "\" = ?";
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, parentId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            for (UUID id : ids) {
                entries.add(new AuditTrail.Entry(AuditAction.DELETED, AuditTrail.resourceType(child), id, List.of()));
                collect(connection, cascade.childTable(), id, entries);
            }
        }
    }

    private Map<String, List<Cascade>> cascades(Connection connection) throws SQLException {
        if (cascadesByParent == null) {
            Map<String, List<Cascade>> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(CASCADES); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getString("parent"), p -> new ArrayList<>())
                            .add(new Cascade(rows.getString("child"), rows.getString("column")));
                }
            }
            cascadesByParent = found;
        }
        return cascadesByParent;
    }

    private Map<String, Class<?>> entities() {
        if (entitiesByTable == null) {
            Map<String, Class<?>> found = new HashMap<>();
            entityManagerFactory.getMetamodel().getEntities().stream()
                    .map(e -> (Class<?>) e.getJavaType())
                    .filter(type -> type != null && BaseEntity.class.isAssignableFrom(type) && type.isAnnotationPresent(Table.class))
                    .forEach(type -> found.put(type.getAnnotation(Table.class).name(), type));
            entitiesByTable = found;
        }
        return entitiesByTable;
    }
}
