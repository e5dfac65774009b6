package de.lotse.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lotse.newcomer.Newcomer;
import de.lotse.project.Milestone;
import de.lotse.security.Role;
import de.lotse.support.ApiTest;
import de.lotse.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntityHistoryTest extends ApiTest {

    @Inject
    EntityHistory history;

    @Inject
    EntityManager entityManager;

    static JsonPath historyOf(String path) {
        return given().when().get(path + "/history").then().statusCode(200).extract().jsonPath();
    }

    static void patch(String path, Map<String, Object> changes) {
        given().contentType("application/merge-patch+json").body(changes).when().patch(path).then().statusCode(200);
    }

    @Test
    void showsEveryRevisionNewestFirstWithWhoWhatAndTheValues() {
        String path = "/api/v1/projects/" + AuditTrailTest.createProject(given());
        patch(path, Map.of("name", "Connect", "staffSharePercent", 50, "version", 0));
        patch(path, Map.of("status", "COMPLETED", "version", 1));

        JsonPath revisions = historyOf(path);
        assertEquals(3, revisions.getInt("total"));
        assertEquals(List.of("CHANGED", "CHANGED", "CREATED"), revisions.getList("items.kind"));
        assertEquals(List.of("patchProject", "patchProject", "createProject"), revisions.getList("items.operation"));
        assertEquals(List.of("staff", "staff", "staff"), revisions.getList("items.actor"));
        assertEquals(List.of("status"), revisions.getList("items[0].changedFields"));
        assertEquals(List.of("name", "staffSharePercent"), revisions.getList("items[1].changedFields"));
        assertEquals(List.of("code", "name", "status", "startDate", "endDate", "funder", "actionFields", "staffSharePercent"),
                revisions.getList("items[2].changedFields"));
        assertEquals("COMPLETED", revisions.getString("items[0].values.status"));
        assertEquals(2, revisions.getInt("items[0].values.version"));
        assertEquals("Connect", revisions.getString("items[1].values.name"));
        assertEquals("RUNNING", revisions.getString("items[1].values.status"));
        assertEquals("Willkommen in Ludwigsburg", revisions.getString("items[2].values.name"));
        assertEquals(List.of("CIVIC_ENGAGEMENT"), revisions.getList("items[2].values.actionFields"));
        assertEquals("2015-04-01", revisions.getString("items[2].values.startDate"));
        assertEquals(0, revisions.getInt("items[2].values.version"));
        // Revisions are numbered in order.
        assertTrue(revisions.getLong("items[0].revision") > revisions.getLong("items[1].revision"));
    }

    @Test
    void pagesKnowWhatTheirOldestRevisionChanged() {
        String path = "/api/v1/projects/" + AuditTrailTest.createProject(given());
        patch(path, Map.of("lead", "Integrationsbuero", "version", 0));
        patch(path, Map.of("coordinator", "Koordination", "version", 1));

        given().queryParam("size", 1).queryParam("page", 1).when().get(path + "/history").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("items", hasSize(1)).body("items[0].changedFields", contains("lead"));
        given().queryParam("size", 101).when().get(path + "/history").then().statusCode(400);
    }

    @Test
    void keepsTheHistoryOfADeletedRecord() {
        String id = AuditTrailTest.createProject(given());
        given().when().delete("/api/v1/projects/" + id).then().statusCode(204);

        given().when().get("/api/v1/projects/" + id + "/history").then().statusCode(200)
                .body("items.kind", contains("DELETED", "CREATED"))
                .body("items[0].changedFields", hasSize(0))
                .body("items[0]", not(hasKey("values")))
                .body("items[0].operation", equalTo("deleteProject"));
    }

    @Test
    void writesMoneyAsStringsAsTheResourceDoes() {
        String project = AuditTrailTest.createProject(given());
        String line = given().contentType(ContentType.JSON).body(Map.of("projectId", project, "fiscalYear", 2026, "kind", "FUNDING",
                "category", "STATE_GRANT", "description", "Landesförderung", "plannedAmount", "63000"))
                .when().post("/api/v1/budget-lines").then().statusCode(201).extract().path("id");

        given().when().get("/api/v1/budget-lines/" + line + "/history").then().statusCode(200)
                .body("items[0].values.plannedAmount", equalTo("63000.00"))
                .body("items[0].values.kind", equalTo("FUNDING"))
                .body("items[0].values.projectId", equalTo(project));
    }

    @Test
    void everyResourceWithHistoryAnswers() {
        String district = "History-" + UUID.randomUUID().toString().substring(0, 8);
        String newcomer = AuditTrailTest.createNewcomer(district);
        String sponsor = given().contentType(ContentType.JSON).body(Map.of("firstName", "Lena", "lastName", "Berger", "status", "ACTIVE"))
                .when().post("/api/v1/sponsors").then().statusCode(201).extract().path("id");
        String association = given().contentType(ContentType.JSON).body(Map.of("name", district + " e.V.", "kind", "CLUB"))
                .when().post("/api/v1/associations").then().statusCode(201).extract().path("id");
        String meeting = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Runder Tisch", "format", "ROUND_TABLE", "startsAt", "2026-03-12T17:00:00Z"))
                .when().post("/api/v1/network-meetings").then().statusCode(201).extract().path("id");

        assertEquals("EU_FREE_MOVEMENT", historyOf("/api/v1/newcomers/" + newcomer).getString("items[0].values.residenceStatus"));
        assertEquals("Berger", historyOf("/api/v1/sponsors/" + sponsor).getString("items[0].values.lastName"));
        assertEquals("CLUB", historyOf("/api/v1/associations/" + association).getString("items[0].values.kind"));
        assertEquals("2026-03-12T17:00:00Z", historyOf("/api/v1/network-meetings/" + meeting).getString("items[0].values.startsAt"));
    }

    @Test
    void onlyStaffAndTheDataProtectionOfficerSeeHistory() {
        String path = "/api/v1/projects/" + AuditTrailTest.createProject(given()) + "/history";
        as(Tokens.role(Role.DPO)).when().get(path).then().statusCode(200).body("total", equalTo(1));
        as(Tokens.coordinatorOf("WIL")).when().get(path).then().statusCode(403);
        as(Tokens.role(Role.VOLUNTEER_COORDINATOR)).when().get(path).then().statusCode(403);
        as(Tokens.client("lotse-case-tool", Set.of("lotse.read", "lotse.personal-data"))).when().get(path).then().statusCode(403);
    }

    @Test
    void anUnknownRecordHasNoHistory() {
        for (String resource : List.of("projects", "budget-lines", "sponsors", "newcomers", "associations", "network-meetings")) {
            given().when().get("/api/v1/" + resource + "/" + UUID.randomUUID() + "/history").then().statusCode(404)
                    .body("type", equalTo("urn:lotse:problem:not-found"));
        }
    }

    @Test
    void aRecordStoredWithoutTheApiHasAnEmptyHistory() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "INSERT INTO associations (id, created_at, updated_at, name, kind) VALUES (?1, now(), now(), ?2, 'CLUB')")
                .setParameter(1, id).setParameter(2, "Demo " + id).executeUpdate());

        given().when().get("/api/v1/associations/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void forgetKeepsOnlyTheNewestRevision() {
        String id = AuditTrailTest.createNewcomer("Weststadt");
        patch("/api/v1/newcomers/" + id, Map.of("phone", "+49 7141 123456", "version", 0));
        UUID uuid = UUID.fromString(id);

        // As an erasure does it: anonymise through Hibernate, then forget in the same transaction.
        QuarkusTransaction.requiringNew().run(() -> {
            Newcomer newcomer = Newcomer.findById(uuid);
            newcomer.firstName = "Gelöscht";
            newcomer.lastName = "Gelöscht";
            newcomer.phone = null;
            history.forget(Newcomer.class, uuid);
        });

        JsonPath revisions = historyOf("/api/v1/newcomers/" + id);
        assertEquals(1, revisions.getInt("total"));
        assertEquals("CHANGED", revisions.getString("items[0].kind"));
        assertEquals(List.of(), revisions.getList("items[0].changedFields"));
        assertEquals("Gelöscht", revisions.getString("items[0].values.firstName"));
        assertNull(revisions.get("items[0].values.phone"));
        assertEquals(1L, ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT count(*) FROM newcomers_aud WHERE id = ?1").setParameter(1, uuid).getSingleResult())).longValue());

        // Forgetting in a later transaction is the same; forgetting again changes nothing.
        history.forget(Newcomer.class, uuid);
        assertEquals(1, historyOf("/api/v1/newcomers/" + id).getInt("total"));
        assertThrows(IllegalArgumentException.class, () -> history.forget(Milestone.class, uuid));
    }
}
