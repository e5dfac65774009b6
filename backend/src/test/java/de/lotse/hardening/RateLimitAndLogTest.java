package de.lotse.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lotse.security.Role;
import de.lotse.support.ApiTest;
import de.lotse.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * With tiny limits, behind a trusted proxy, and with the access log and debug logging on: 429
 * with Retry-After, HSTS over a forwarded TLS connection, and no personal data in the log.
 */
@QuarkusTest
@TestProfile(RateLimitAndLogTest.Profile.class)
class RateLimitAndLogTest extends ApiTest {

    static final int PER_MINUTE = 5;
    static final Path LOG = Path.of("target", "quarkus-test.log");

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "lotse.rate-limit.per-minute", String.valueOf(PER_MINUTE),
                    "lotse.rate-limit.anonymous-per-minute", "2",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.access-log.enabled", "true",
                    "quarkus.log.category.\"http-problem\".level", "DEBUG",
                    "quarkus.log.category.\"de.lotse\".level", "DEBUG",
                    "quarkus.log.category.\"io.quarkus.http\".level", "DEBUG");
        }
    }

    @Test
    void aClientBeyondItsQuotaGets429WithRetryAfter() {
        String token = Tokens.person("busy-" + UUID.randomUUID(), Role.STAFF, Map.of());
        for (int i = 0; i < PER_MINUTE; i++) {
            as(token).when().get("/api/v1/projects").then().statusCode(200)
                    .header("RateLimit-Limit", String.valueOf(PER_MINUTE))
                    .header("RateLimit-Remaining", String.valueOf(PER_MINUTE - 1 - i));
        }
        as(token).when().get("/api/v1/projects")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("type", equalTo("urn:lotse:problem:rate-limited"))
                .body("status", equalTo(429));
        // Another client is not affected.
        as(Tokens.person("calm-" + UUID.randomUUID(), Role.STAFF, Map.of())).when().get("/api/v1/projects")
                .then().statusCode(200);
    }

    @Test
    void requestsWithoutTokenAreLimitedPerAddressAndRefusedTokensCount() {
        String address = randomAddress();
        anonymously().header("X-Forwarded-For", address).when().get("/api/v1/projects").then().statusCode(401);
        as("not-a-token").header("X-Forwarded-For", address).when().get("/api/v1/projects").then().statusCode(401);
        int retryAfter = Integer.parseInt(anonymously().header("X-Forwarded-For", address).when().get("/api/v1/projects")
                .then().statusCode(429).extract().header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        // Once the address has used up its quota, even a valid token is not tried from it.
        as(Tokens.staff()).header("X-Forwarded-For", address).when().get("/api/v1/projects").then().statusCode(429);
        // Another address still gets its answer.
        anonymously().header("X-Forwarded-For", randomAddress()).when().get("/api/v1/projects").then().statusCode(401);
    }

    @Test
    void hstsOverTlsAtTheTrustedProxy() {
        as(Tokens.person("tls-" + UUID.randomUUID(), Role.STAFF, Map.of())).header("X-Forwarded-Proto", "https")
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        given().header("X-Forwarded-Proto", "https").when().get("/q/health/live")
                .then().statusCode(200).header("Strict-Transport-Security", notNullValue());
    }

    @Test
    void noPersonalDataInTheLog() throws Exception {
        String token = Tokens.person("log-" + UUID.randomUUID(), Role.STAFF, Map.of());
        String firstName = "Zelinda" + UUID.randomUUID().toString().substring(0, 6);
        String lastName = "Quorbach" + UUID.randomUUID().toString().substring(0, 6);
        String email = firstName.toLowerCase() + "@example.org";
        Map<String, Object> newcomer = Map.of("firstName", firstName, "lastName", lastName, "email", email,
                "phone", "+49 7141 987654", "notes", "Lives with " + lastName + " family");
        String id = as(token).contentType(ContentType.JSON).body(newcomer)
                .when().post("/api/v1/newcomers").then().statusCode(201).extract().path("id");
        as(token).contentType(ContentType.JSON)
                .body(Map.of("firstName", firstName, "lastName", lastName, "email", firstName + " at example"))
                .when().post("/api/v1/newcomers").then().statusCode(400);
        as(token).queryParam("q", lastName).when().get("/api/v1/newcomers")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1));
        as(token).contentType("application/merge-patch+json").header("If-Match", "\"7\"")
                .body(Map.of("lastName", lastName + "-Neu")).when().patch("/api/v1/newcomers/" + id)
                .then().statusCode(409);

        String log = "";
        for (int i = 0; i < 50 && !log.contains("/api/v1/newcomers/" + id); i++) {
            Thread.sleep(100); // the access log is written once the response is out
            log = Files.readString(LOG, StandardCharsets.UTF_8);
        }
        assertTrue(log.contains("/api/v1/newcomers/" + id), "the access log of this run is in " + LOG);
        for (String personal : new String[] {firstName, lastName, email, "987654"}) {
            assertFalse(log.contains(personal), personal + " appears in " + LOG);
        }
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
