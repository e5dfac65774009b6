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

    @Test
    void budgetLinePageCostsTheSameStatementsForFiveAndTwentyFiveItems() {
        String projectId = given().contentType(ContentType.JSON)
                .body(Map.of("code", "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "name", marker + " budget", "status", "RUNNING"))
                .when().post("/api/v1/projects").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 30; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("projectId", projectId, "fiscalYear", 2015 + i % 4, "kind", "COST", "category", "PERSONNEL",
                            "description", marker + " line " + i, "plannedAmount", i + "000.00"))
                    .when().post("/api/v1/budget-lines").then().statusCode(201);
        }
        long five = statementsFor("/api/v1/budget-lines?q=" + marker + "&size=5");
        long twentyFive = statementsFor("/api/v1/budget-lines?q=" + marker + "&size=25");
        System.out.printf("budget-line list statements: size=5 -> %d, size=25 -> %d%n", five, twentyFive);
        assertEquals(five, twentyFive);
        assertTrue(twentyFive <= 2, "a page is its query and its count, was " + twentyFive);
    }

    @Test
    void associationPageCostsTheSameStatementsForFiveAndTwentyFiveItems() {
        for (int i = 0; i < 30; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("name", marker + " association " + i, "kind", "CLUB", "fields", java.util.List.of("SPORT"),
                            "languages", java.util.List.of("de", "ro")))
                    .when().post("/api/v1/associations").then().statusCode(201);
        }
        long five = statementsFor("/api/v1/associations?q=" + marker + "&size=5");
        long twentyFive = statementsFor("/api/v1/associations?q=" + marker + "&size=25");
        System.out.printf("association list statements: size=5 -> %d, size=25 -> %d%n", five, twentyFive);
        assertEquals(five, twentyFive);
        assertTrue(twentyFive <= 2, "a page is its query and its count, was " + twentyFive);
    }

    @Test
    void networkMeetingPageCostsTheSameStatementsForFiveAndTwentyFiveItems() {
        for (int i = 0; i < 30; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("title", marker + " meeting " + i, "format", "JOUR_FIXE", "startsAt", "2026-03-12T17:00:00Z",
                            "topics", java.util.List.of("Raumbedarf"), "actionFields", java.util.List.of("CIVIC_ENGAGEMENT")))
                    .when().post("/api/v1/network-meetings").then().statusCode(201);
        }
        long five = statementsFor("/api/v1/network-meetings?q=" + marker + "&size=5");
        long twentyFive = statementsFor("/api/v1/network-meetings?q=" + marker + "&size=25");
        System.out.printf("network-meeting list statements: size=5 -> %d, size=25 -> %d%n", five, twentyFive);
        assertEquals(five, twentyFive);
        assertTrue(twentyFive <= 2, "a page is its query and its count, was " + twentyFive);
    }

    @Test
    void meetingParticipantPageCostsTheSameStatementsForFiveAndTwentyFiveItems() {
        String meetingId = given().contentType(ContentType.JSON)
                .body(Map.of("title", marker + " participants", "format", "NETWORK_MEETING", "startsAt", "2026-03-12T17:00:00Z"))
                .when().post("/api/v1/network-meetings").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 30; i++) {
            String associationId = given().contentType(ContentType.JSON)
                    .body(Map.of("name", marker + " participant " + i, "kind", "INITIATIVE"))
                    .when().post("/api/v1/associations").then().statusCode(201).extract().path("id");
            given().contentType(ContentType.JSON)
                    .body(i % 2 == 0 ? Map.of("associationId", associationId) : Map.of("personName", marker + " person " + i))
                    .when().post("/api/v1/network-meetings/" + meetingId + "/participants").then().statusCode(201);
        }
        String participants = "/api/v1/network-meetings/" + meetingId + "/participants";
        long five = statementsFor(participants + "?size=5");
        long twentyFive = statementsFor(participants + "?size=25");
        System.out.printf("participant list statements: size=5 -> %d, size=25 -> %d%n", five, twentyFive);
        assertEquals(five, twentyFive);
        assertTrue(twentyFive <= 2, "a page is its query and its count, was " + twentyFive);
    }

    @Test
    void meetingActionPageCostsTheSameStatementsForFiveAndTwentyFiveItems() {
        String meetingId = given().contentType(ContentType.JSON)
                .body(Map.of("title", marker + " actions", "format", "ROUND_TABLE", "startsAt", "2026-03-12T17:00:00Z"))
                .when().post("/api/v1/network-meetings").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 30; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("description", marker + " action " + i, "owner", "Büro", "dueDate", "2026-04-" + (10 + i % 20)))
                    .when().post("/api/v1/network-meetings/" + meetingId + "/actions").then().statusCode(201);
        }
        String actions = "/api/v1/network-meetings/" + meetingId + "/actions";
        long five = statementsFor(actions + "?size=5&status=OPEN");
        long twentyFive = statementsFor(actions + "?size=25&status=OPEN");
        System.out.printf("action list statements: size=5 -> %d, size=25 -> %d%n", five, twentyFive);
        assertEquals(five, twentyFive);
        assertTrue(twentyFive <= 2, "a page is its query and its count, was " + twentyFive);
    }

    @Test
    void sponsorPageCostsTheSameStatementsForFiveAndTwentyFiveItems() {
        for (int i = 0; i < 30; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("firstName", "Anna " + i, "lastName", marker + " sponsor", "status", "ACTIVE",
                            "languages", java.util.List.of("de", "ro"), "interests", java.util.List.of("Schule"),
                            "district", "Oststadt"))
                    .when().post("/api/v1/sponsors").then().statusCode(201);
        }
        long five = statementsFor("/api/v1/sponsors?q=" + marker + "&language=ro&size=5");
        long twentyFive = statementsFor("/api/v1/sponsors?q=" + marker + "&language=ro&size=25");
        System.out.printf("sponsor list statements: size=5 -> %d, size=25 -> %d%n", five, twentyFive);
        assertEquals(five, twentyFive);
        assertTrue(twentyFive <= 2, "a page is its query and its count, was " + twentyFive);
    }

    @Test
    void newcomerPageCostsTheSameStatementsForFiveAndTwentyFiveItems() {
        for (int i = 0; i < 30; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("firstName", "Ana " + i, "lastName", marker + " newcomer", "languages", java.util.List.of("ro"),
                            "needs", java.util.List.of("SCHOOL", "HOUSING"), "district", "Oststadt", "arrivalDate", "2025-0" + (1 + i % 9) + "-15"))
                    .when().post("/api/v1/newcomers").then().statusCode(201);
        }
        long five = statementsFor("/api/v1/newcomers?q=" + marker + "&need=SCHOOL&sort=lastName,-arrivalDate&size=5");
        long twentyFive = statementsFor("/api/v1/newcomers?q=" + marker + "&need=SCHOOL&sort=lastName,-arrivalDate&size=25");
        System.out.printf("newcomer list statements: size=5 -> %d, size=25 -> %d%n", five, twentyFive);
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
