package de.lotse.common.error;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;

/**
 * Turns what the database refuses into a problem a client can act on, never a 500 with SQL in
 * it: unique and foreign-key violations become 409, check violations 400, a lost optimistic lock
 * 409, and an unreachable or overloaded database 503 with {@code Retry-After}.
 */
@Provider
public class DatabaseExceptionMapper extends ExceptionMapperBase<PersistenceException> {

    @Override
    protected HttpProblem toProblem(PersistenceException exception) {
        HttpProblem problem = DatabaseErrors.toProblem(exception);
        return problem != null ? problem
                : HttpProblem.builder().withStatus(500).withTitle("Internal Server Error")
                        .withDetail("The request could not be completed. Nothing was changed.").build();
    }

    /** Classifies a database failure by SQLSTATE, walking the cause chain. */
    public static final class DatabaseErrors {

        private DatabaseErrors() {
        }

        public static HttpProblem toProblem(Throwable exception) {
            if (exception instanceof OptimisticLockException
                    || exception instanceof org.hibernate.StaleStateException) {
                return HttpProblem.builder()
                        .withType(Problems.VERSION_CONFLICT)
                        .withStatus(409)
                        .withTitle("Version conflict")
                        .withDetail("The record was changed by someone else at the same time. Reload it and apply your change again.")
                        .build();
            }
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                    HttpProblem problem = bySqlState(sql.getSQLState(), constraintName(exception));
                    if (problem != null) {
                        return problem;
                    }
                }
                if (isUnavailable(cause)) {
                    return Problems.databaseUnavailable();
                }
            }
            return null;
        }

        public static boolean isUnavailable(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
                    return true;
                }
                String message = cause.getMessage();
                if (message != null && (message.contains("Acquisition timeout") || message.contains("Unable to acquire JDBC Connection"))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isUnavailableState(String state) {
            return state != null && (state.startsWith("08") // connection exception
                    || state.startsWith("53") // insufficient resources
                    || state.startsWith("57") // operator intervention: shutdown, statement timeout
                    || state.equals("55000") // database not accepting connections
                    || state.equals("55P03")); // lock not available (lock_timeout)
        }

        private static HttpProblem bySqlState(String state, String constraint) {
            String name = constraint == null ? "a constraint" : "'" + constraint + "'";
            return switch (state) {
                case "23505" -> HttpProblem.builder().withType(Problems.DUPLICATE).withStatus(409)
                        .withTitle("Already exists")
                        .withDetail("A record with the same unique value already exists (" + name + ").").build();
                case "23503" -> HttpProblem.builder().withType(Problems.IN_USE).withStatus(409)
                        .withTitle("Still in use")
                        .withDetail("The change would break a reference between records (" + name + ").").build();
                case "23514", "23502", "22001", "22003", "22007", "22008", "22P02", "22021" -> HttpProblem.builder()
                        .withType(Problems.VALIDATION).withStatus(400).withTitle("Invalid request")
                        .withDetail("The database refused a value (" + name + ").").build();
                default -> isUnavailableState(state) ? Problems.databaseUnavailable() : null;
            };
        }

        private static String constraintName(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.hibernate.exception.ConstraintViolationException cve) {
                    return cve.getConstraintName();
                }
            }
            return null;
        }
    }
}
