package de.lotse.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One PostgreSQL database per test run: created before Quarkus starts, dropped when the run
 * ends. The server is the real one the run was pointed at ({@code LOTSE_TEST_DB_ADMIN_URL},
 * default the local server's maintenance database); no other database is touched.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    static final String ADMIN_URL = env("LOTSE_TEST_DB_ADMIN_URL", "jdbc:postgresql://localhost:5432/postgres");
    static final String USER = env("LOTSE_DB_USER", "postgres");
    static final String PASSWORD = env("LOTSE_DB_PASSWORD", "");

    private static String name;

    @Override
    public Map<String, String> start() {
        name = "lotse_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        admin("CREATE DATABASE " + name);
        return Map.of("quarkus.datasource.jdbc.url", urlOf(name),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The JDBC URL of database {@code database} on the test server. */
    public static String urlOf(String database) {
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
    }

    /** The name of this run's database. */
    public static String name() {
        return name;
    }

    /** Runs a statement on the server's maintenance database, e.g. to block this run's database. */
    public static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database administration failed: " + e.getMessage(), e);
        }
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
