package de.lotse.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lotse.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A list page costs a bounded number of SQL statements whatever its size: no N+1. Counted with
 * Hibernate's statistics (enabled in the test profile) for every list endpoint.
 */
@QuarkusTest
class ListCostTest extends ApiTest {

    @Inject
    SessionFactory sessionFactory;

    private final String marker = "Cost" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void thirtyProjects() {
        for (int i = 0; i < 30; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                            "name", marker + " " + i, "status", "RUNNING"))
                    .when().post("/api/v1/projects").then().statusCode(201);
        }
    }

    @Test
    void projectPageCostsTheSameStatementsForFiveAndTwentyFiveItems() {
        long five = statementsFor("/api/v1/projects?q=" + marker + "&size=5");
        long twentyFive = statementsFor("/api/v1/projects?q=" + marker + "&size=25");
        System.out.printf("list statements: size=5 -> %d, size=25 -> %d%n", five, twentyFive);
        assertEquals(five, twentyFive);
        assertTrue(twentyFive <= 2, "a page is its query and its count, was " + twentyFive);
    }

    long statementsFor(String url) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(url).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
