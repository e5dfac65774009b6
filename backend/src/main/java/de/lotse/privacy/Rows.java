package de.lotse.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import de.lotse.privacy.PersonalDataDto.StoredRow;
import org.hibernate.Session;
import org.postgresql.util.PGobject;

/**
 * Reads whole stored rows as they are, whatever their table: what the export needs to show
 * everything Lotse holds, including columns no API resource exposes. Keys are camelCase, values
 * JSON-ready (instants, dates, lists, decimals as strings); generated search columns are left out.
 */
final class Rows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Rows() {
    }

    static List<StoredRow> query(String sql, Object... parameters) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    List<StoredRow> rows = new ArrayList<>();
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StoredRow row = new StoredRow();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String column = meta.getColumnLabel(c);
                            if (!column.equals("search_text")) {
                                row.put(camelCase(column), json(rs.getObject(c)));
                            }
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        });
    }

    /** The single-column foreign keys that refer to {@code table}: referencing table and column, quoted as SQL needs them. */
    static List<StoredRow> referencesTo(String table) {
        return query("""
                SELECT c.conrelid::regclass::text AS referencing_table, quote_ident(a.attname) AS referencing_column
                FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                WHERE c.contype = 'f' AND c.confrelid = to_regclass(?) AND cardinality(c.conkey) = 1
                ORDER BY 1, 2""", table);
    }

    static String camelCase(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }

    private static Object json(Object value) throws SQLException {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        } else if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        } else if (value instanceof Array a) {
            List<Object> items = new ArrayList<>();
            for (Object item : (Object[]) a.getArray()) {
                items.add(json(item));
            }
            return items;
        } else if (value instanceof BigDecimal b) {
            return b.toPlainString();
        } else if (value instanceof PGobject o && o.getValue() != null && o.getType().startsWith("json")) {
            try {
                return JSON.readTree(o.getValue());
            } catch (JsonProcessingException e) {
                return o.getValue();
            }
        } else if (value instanceof PGobject o) {
            return o.getValue();
        }
        return value;
    }
}
