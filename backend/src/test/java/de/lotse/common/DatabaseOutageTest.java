package de.lotse.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lotse.support.ApiTest;
import de.lotse.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database becomes unreachable: this run's database refuses connections and its open ones
 * are terminated (the shared server keeps running). Requests get a 503 problem with Retry-After
 * quickly; when the database accepts connections again, the API serves again by itself.
 */
@QuarkusTest
class DatabaseOutageTest extends ApiTest {

    @AfterEach
    void databaseBack() {
        TestDatabase.admin("ALTER DATABASE " + TestDatabase.name() + " ALLOW_CONNECTIONS true");
    }

    @Test
    void answers503WithRetryAfterWhileDatabaseIsDownAndRecoversByItself() {
        given().when().get("/api/v1/projects").then().statusCode(200);

        cutDatabase();
        long started = System.nanoTime();
        given().when().get("/api/v1/projects")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:lotse:problem:database-unavailable"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("503 while the database was down took " + took.toMillis() + " ms");
        assertTrue(took.toMillis() < 5000, "a request must not hang while the database is down");
        given().contentType(ContentType.JSON).body(Map.of("code", "DOWN", "name", "Written while down", "status", "PLANNING"))
                .when().post("/api/v1/projects").then().statusCode(503);
        given().when().get("/q/health/ready").then().statusCode(503);

        TestDatabase.admin("ALTER DATABASE " + TestDatabase.name() + " ALLOW_CONNECTIONS true");
        long back = System.nanoTime();
        int status = 0;
        while (status != 200 && System.nanoTime() - back < Duration.ofSeconds(5).toNanos()) {
            status = given().when().get("/api/v1/projects?q=Written while down").then().extract().statusCode();
        }
        System.out.println("API served again " + Duration.ofNanos(System.nanoTime() - back).toMillis() + " ms after the database returned");
        given().when().get("/api/v1/projects?q=Written while down").then().statusCode(200).body("total", equalTo(0));
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static void cutDatabase() {
        TestDatabase.admin("ALTER DATABASE " + TestDatabase.name() + " ALLOW_CONNECTIONS false");
        TestDatabase.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + TestDatabase.name() + "' AND pid <> pg_backend_pid()");
    }
}
