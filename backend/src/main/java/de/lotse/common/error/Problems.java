package de.lotse.common.error;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The problems (RFC 9457) the services raise. Each has a stable {@code type} a client can switch
 * on; {@code title} names the kind, {@code detail} this occurrence. Details never carry personal
 * data, SQL or class names.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:lotse:problem:";
    public static final URI VALIDATION = type("validation");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI VERSION_CONFLICT = type("version-conflict");
    public static final URI IN_USE = type("in-use");
    public static final URI DUPLICATE = type("duplicate");
    public static final URI DATABASE_UNAVAILABLE = type("database-unavailable");
    public static final URI UNAUTHORIZED = type("unauthorized");
    public static final URI FORBIDDEN = type("forbidden");

    private Problems() {
    }

    public static URI type(String name) {
        return URI.create(TYPE_PREFIX + name);
    }

    /** A 400 naming one invalid field (body property or query parameter). */
    public static HttpProblem invalid(String field, String in, String message) {
        return invalid(List.of(new FieldViolation(field, in, message)));
    }

    public static HttpProblem invalidBody(String field, String message) {
        return invalid(field, "body", message);
    }

    public static HttpProblem invalid(List<FieldViolation> violations) {
        String detail = violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid";
        return HttpProblem.builder()
                .withType(VALIDATION)
                .withStatus(400)
                .withTitle("Invalid request")
                .withDetail(detail)
                .with("violations", violations.stream().map(FieldViolation::asMap).toList())
                .build();
    }

    public static HttpProblem notFound(String resource, UUID id) {
        return HttpProblem.builder()
                .withType(NOT_FOUND)
                .withStatus(404)
                .withTitle("Not Found")
                .withDetail("No " + resource + " with id " + id)
                .build();
    }

    public static HttpProblem versionConflict(long expected, long current) {
        return HttpProblem.builder()
                .withType(VERSION_CONFLICT)
                .withStatus(409)
                .withTitle("Version conflict")
                .withDetail("The record was changed by someone else: you sent version " + expected
                        + ", the current version is " + current + ". Reload it and apply your change again.")
                .with("currentVersion", current)
                .build();
    }

    /** A 409 for a delete that others still point to; {@code detail} says what blocks it. */
    public static HttpProblem inUse(String detail) {
        return HttpProblem.builder()
                .withType(IN_USE)
                .withStatus(409)
                .withTitle("Still in use")
                .withDetail(detail)
                .build();
    }

    public static HttpProblem duplicate(String field, String detail) {
        return HttpProblem.builder()
                .withType(DUPLICATE)
                .withStatus(409)
                .withTitle("Already exists")
                .withDetail(detail)
                .with("violations", List.of(new FieldViolation(field, "body", detail).asMap()))
                .build();
    }

    /** A 401: no valid access token came with the request. */
    public static HttpProblem unauthorized() {
        return HttpProblem.builder()
                .withType(UNAUTHORIZED)
                .withStatus(401)
                .withTitle("Unauthorized")
                .withDetail("Sign in: send a valid access token as 'Authorization: Bearer <token>'.")
                .withHeader("WWW-Authenticate", "Bearer realm=\"lotse\"")
                .build();
    }

    /** A 403: the caller is known but may not do this; {@code detail} says why, naming no data. */
    public static HttpProblem forbidden(String detail) {
        return HttpProblem.builder()
                .withType(FORBIDDEN)
                .withStatus(403)
                .withTitle("Forbidden")
                .withDetail(detail)
                .build();
    }

    public static HttpProblem databaseUnavailable() {
        return HttpProblem.builder()
                .withType(DATABASE_UNAVAILABLE)
                .withStatus(503)
                .withTitle("Service Unavailable")
                .withDetail("The database is not reachable at the moment. Nothing was changed; please retry.")
                .withHeader("Retry-After", 5)
                .build();
    }

    /** One entry of {@code violations}: which field, where it was sent, what is wrong. */
    public record FieldViolation(String field, String in, String message) {
        Map<String, String> asMap() {
            return Map.of("field", field, "in", in, "message", message);
        }
    }
}
