package de.lotse.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.lotse.support.ApiTest;
import de.lotse.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Security headers, CORS and the body limit, with the configuration of every deployment. */
@QuarkusTest
class HardeningTest extends ApiTest {

    private static final String NEWCOMERS = "/api/v1/newcomers";

    @Test
    void apiResponsesCarryTheSecurityHeaders() {
        apiHeaders(given().when().get("/api/v1/projects").then().statusCode(200));
        apiHeaders(given().when().get("/api/v1/projects/" + UUID.randomUUID()).then().statusCode(404));
        apiHeaders(anonymously().when().get("/api/v1/projects").then().statusCode(401));
    }

    private static void apiHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Cache-Control", "no-store")
                .header("Strict-Transport-Security", nullValue())
                .header("RateLimit-Limit", notNullValue())
                .header("RateLimit-Remaining", notNullValue())
                .header("RateLimit-Reset", notNullValue());
    }

    @Test
    void swaggerUiAndHealthKeepWorkingWithoutTheApiPolicy() {
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue());
        given().when().get("/q/health/live").then().statusCode(200)
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void noHstsOverPlainHttpNorForAnUntrustedForwardedProto() {
        given().header("X-Forwarded-Proto", "https").when().get("/api/v1/projects")
                .then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    @Test
    void corsPreflightOnlyForConfiguredOrigins() {
        anonymously().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options(NEWCOMERS)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-Match"));
        given().header("Origin", "http://localhost:3000").when().get("/api/v1/projects")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("ETag"));

        anonymously().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options(NEWCOMERS)
                .then().statusCode(not(equalTo(200)))
                .header("Access-Control-Allow-Origin", nullValue());
        // Quarkus refuses a request from a foreign origin before the API sees it (403 without a body).
        RestAssured.given().noFilters().header("Authorization", "Bearer " + Tokens.staff())
                .header("Origin", "https://evil.example").when().get("/api/v1/projects")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void bodyOverTheLimitIs413AndStoresNothing() {
        String district = "Quartier-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "Zu", "lastName", "Gross", "district", district, "notes", "x".repeat(300_000)))
                .when().post(NEWCOMERS)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:body-too-large"))
                .body("status", equalTo(413));
        given().queryParam("district", district).when().get(NEWCOMERS).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedAndStoresNothing() throws Exception {
        String district = "Quartier-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] body = ("{\"firstName\":\"Zu\",\"lastName\":\"Gross\",\"district\":\"" + district + "\",\"notes\":\""
                + "x".repeat(300_000) + "\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + NEWCOMERS))
                .header("Authorization", "Bearer " + Tokens.staff())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode());
        } catch (java.io.IOException refused) {
            // Without a declared length the server finds out while reading and may drop the
            // connection instead of answering 413: refused either way, as long as nothing is stored.
        }
        given().queryParam("district", district).when().get(NEWCOMERS).then().statusCode(200).body("total", equalTo(0));
    }
}
