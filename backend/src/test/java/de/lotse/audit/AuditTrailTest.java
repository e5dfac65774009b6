package de.lotse.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lotse.project.Project;
import de.lotse.security.Role;
import de.lotse.support.ApiTest;
import de.lotse.support.TestDatabase;
import de.lotse.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest extends ApiTest {

    static final String EVENTS = "/api/v1/audit-events";

    /** A STAFF member no other test uses: the trail's entries by this actor are this test's alone. */
    static String freshStaff(String name) {
        return Tokens.person(name + "-" + UUID.randomUUID().toString().substring(0, 8), Role.STAFF, Map.of());
    }

    static RequestSpecification dpo() {
        return as(Tokens.role(Role.DPO));
    }

    static String code() {
        return "A" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> project(String code) {
        return Map.of("code", code, "name", "Willkommen in Ludwigsburg", "status", "RUNNING", "startDate", "2015-04-01",
                "endDate", "2018-03-31", "funder", "Land Baden-Württemberg", "actionFields", List.of("CIVIC_ENGAGEMENT"),
                "staffSharePercent", 35);
    }

    static String createProject(RequestSpecification as) {
        return as.contentType(ContentType.JSON).body(project(code())).when().post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    /** The trail's entries about one record, newest first, as the data protection officer sees them. */
    static JsonPath eventsAbout(String resourceId) {
        return dpo().queryParam("resourceId", resourceId).when().get(EVENTS).then().statusCode(200).extract().jsonPath();
    }

    static String username(String token) {
        return given().header("Authorization", "Bearer " + token).when().get("/api/v1/me").then().statusCode(200)
                .extract().path("username");
    }

    @Test
    void createRecordsWhoWhenOperationRecordAndTheFieldsSet() {
        Instant before = Instant.now().minusSeconds(1);
        String id = createProject(given());

        JsonPath events = eventsAbout(id);
        assertEquals(1, events.getInt("total"));
        assertEquals("staff", events.getString("items[0].actor"));
        assertEquals("PERSON", events.getString("items[0].actorKind"));
        assertEquals(List.of("STAFF"), events.getList("items[0].actorRoles"));
        assertEquals("createProject", events.getString("items[0].operation"));
        assertEquals("CREATED", events.getString("items[0].action"));
        assertEquals("project", events.getString("items[0].resourceType"));
        assertEquals(id, events.getString("items[0].resourceId"));
        assertTrue(Instant.parse(events.getString("items[0].occurredAt")).isAfter(before));
        assertEquals(List.of("actionFields", "code", "endDate", "funder", "name", "staffSharePercent", "startDate", "status"),
                events.getList("items[0].fields", String.class).stream().sorted().toList());
    }

    @Test
    void patchRecordsExactlyTheFieldsThatChanged() {
        String id = createProject(given());
        given().contentType("application/merge-patch+json").body(Map.of("name", "Connect", "status", "COMPLETED", "staffSharePercent", 35,
                "version", 0))
                .when().patch("/api/v1/projects/" + id).then().statusCode(200);

        JsonPath events = eventsAbout(id);
        assertEquals(2, events.getInt("total"));
        assertEquals("CHANGED", events.getString("items[0].action"));
        assertEquals("patchProject", events.getString("items[0].operation"));
        assertEquals(List.of("name", "status"), events.getList("items[0].fields", String.class).stream().sorted().toList());
        assertEquals("CREATED", events.getString("items[1].action"));
    }

    @Test
    void deleteRecordsTheRecordAndWhatTheDatabaseDeletesWithIt() {
        String project = createProject(given());
        String milestone = given().contentType(ContentType.JSON).body(Map.of("title", "Matching", "status", "PLANNED"))
                .when().post("/api/v1/projects/" + project + "/milestones").then().statusCode(201).extract().path("id");

        given().when().delete("/api/v1/projects/" + project).then().statusCode(204);

        JsonPath events = eventsAbout(project);
        assertEquals("DELETED", events.getString("items[0].action"));
        assertEquals("deleteProject", events.getString("items[0].operation"));
        assertEquals(List.of(), events.getList("items[0].fields"));
        JsonPath milestoneEvents = eventsAbout(milestone);
        assertEquals(List.of("DELETED", "CREATED"), milestoneEvents.getList("items.action"));
        assertEquals(List.of("deleteProject", "createMilestone"), milestoneEvents.getList("items.operation"));
        assertEquals("milestone", milestoneEvents.getString("items[0].resourceType"));
    }

    @Test
    void deletingAMeetingRecordsItsParticipantsAndActions() {
        String meeting = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Netzwerktreffen", "format", "NETWORK_MEETING", "startsAt", "2026-03-12T17:00:00Z"))
                .when().post("/api/v1/network-meetings").then().statusCode(201).extract().path("id");
        String participant = given().contentType(ContentType.JSON).body(Map.of("personName", "Frau Schulamt"))
                .when().post("/api/v1/network-meetings/" + meeting + "/participants").then().statusCode(201).extract().path("id");
        String action = given().contentType(ContentType.JSON).body(Map.of("description", "Protokoll verschicken", "owner", "Büro"))
                .when().post("/api/v1/network-meetings/" + meeting + "/actions").then().statusCode(201).extract().path("id");

        given().when().delete("/api/v1/network-meetings/" + meeting).then().statusCode(204);

        for (String id : List.of(meeting, participant, action)) {
            JsonPath events = eventsAbout(id);
            assertEquals("DELETED", events.getString("items[0].action"), id);
            assertEquals("deleteNetworkMeeting", events.getString("items[0].operation"));
        }
        assertEquals("meeting-participant", eventsAbout(participant).getString("items[0].resourceType"));
        assertEquals("meeting-action", eventsAbout(action).getString("items[0].resourceType"));
    }

    @Test
    void failedWritesRecordNothing() {
        String token = freshStaff("failing");
        String actor = username(token);
        as(token).contentType(ContentType.JSON).body(Map.of("name", "No code", "status", "RUNNING"))
                .when().post("/api/v1/projects").then().statusCode(400);

        String project = createProject(given());
        as(token).contentType("application/merge-patch+json").body(Map.of("name", "Stale", "version", 7))
                .when().patch("/api/v1/projects/" + project).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("projectId", project, "fiscalYear", 2026, "kind", "COST",
                "category", "PERSONNEL", "description", "Personal", "plannedAmount", "1000.00"))
                .when().post("/api/v1/budget-lines").then().statusCode(201);
        // Hibernate has removed the project (and the trail has its entry) before the database refuses: all of it rolls back.
        as(token).when().delete("/api/v1/projects/" + project).then().statusCode(409);

        dpo().queryParam("actor", actor).when().get(EVENTS).then().statusCode(200).body("total", equalTo(0));
        assertEquals(List.of("CREATED"), eventsAbout(project).getList("items.action"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheTrail() throws SQLException {
        String id = createProject(given());
        String url = TestDatabase.urlOf(TestDatabase.name());
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
            String before = fingerprint(statement);
            for (String sql : List.of("UPDATE audit_events SET actor = 'someone-else' WHERE resource_id = '" + id + "'",
                    "DELETE FROM audit_events WHERE resource_id = '" + id + "'",
                    "DELETE FROM audit_events WHERE false",
                    "TRUNCATE audit_events")) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
            assertEquals(before, fingerprint(statement));
        }
        assertEquals("staff", eventsAbout(id).getString("items[0].actor"));
    }

    private static String fingerprint(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT count(*) || ':' || md5(string_agg(id::text || actor || action || array_to_string(fields, ','), '|' ORDER BY id)) FROM audit_events")) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void aJobIsRecordedAsTheSystemActorItNames() {
        String id = createProject(given());
        // As a job does it: the whole transaction, commit included, inside runAsSystem.
        Actor.runAsSystem("system:test-job", "testJob", () -> QuarkusTransaction.requiringNew().call(() -> {
            Project project = Project.findById(UUID.fromString(id));
            project.lead = "Büro für Integration und Migration";
            return project;
        }));

        JsonPath events = eventsAbout(id);
        assertEquals("system:test-job", events.getString("items[0].actor"));
        assertEquals("SYSTEM", events.getString("items[0].actorKind"));
        assertEquals("testJob", events.getString("items[0].operation"));
        assertEquals(List.of("lead"), events.getList("items[0].fields"));
    }

    // --- Reads of residence status -------------------------------------------------------------

    static String createNewcomer(String district) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Elena");
        body.put("lastName", "Popescu");
        body.put("district", district);
        body.put("residenceStatus", "EU_FREE_MOVEMENT");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/newcomers")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void readsOfTheResidenceStatusAreRecorded() {
        String district = "Audit-" + UUID.randomUUID().toString().substring(0, 8);
        String first = createNewcomer(district);
        String second = createNewcomer(district);

        given().when().get("/api/v1/newcomers/" + first).then().statusCode(200).body("residenceStatus", equalTo("EU_FREE_MOVEMENT"));
        given().queryParam("district", district).when().get("/api/v1/newcomers").then().statusCode(200).body("total", equalTo(2));

        JsonPath events = eventsAbout(first);
        assertEquals(List.of("READ", "READ", "CREATED"), events.getList("items.action"));
        assertEquals(List.of("listNewcomers", "getNewcomer", "createNewcomer"), events.getList("items.operation"));
        assertEquals(List.of("residenceStatus"), events.getList("items[0].fields"));
        assertEquals("newcomer", events.getString("items[0].resourceType"));
        assertEquals(List.of("listNewcomers", "createNewcomer"), eventsAbout(second).getList("items.operation"));
    }

    @Test
    void readsWithoutTheResidenceStatusAreNotRecorded() {
        String id = createNewcomer("Oststadt");
        String token = Tokens.person("vc-" + UUID.randomUUID().toString().substring(0, 8), Role.VOLUNTEER_COORDINATOR, Map.of());

        as(token).when().get("/api/v1/newcomers/" + id).then().statusCode(200).body("$", not(hasKey("residenceStatus")));
        as(token).queryParam("size", 5).when().get("/api/v1/newcomers").then().statusCode(200);

        dpo().queryParam("actor", username(token)).when().get(EVENTS).then().statusCode(200).body("total", equalTo(0));
    }

    // --- The list for the data protection officer ----------------------------------------------

    @Test
    void listsFilteredPagedAndNewestFirst() {
        String token = freshStaff("lister");
        String actor = username(token);
        Instant start = Instant.now().minusSeconds(1);
        String id = createProject(as(token));
        for (int version = 0; version < 2; version++) {
            as(token).contentType("application/merge-patch+json").body(Map.of("name", "Name " + version, "version", version))
                    .when().patch("/api/v1/projects/" + id).then().statusCode(200);
        }

        dpo().queryParam("actor", actor).when().get(EVENTS).then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.action", contains("CHANGED", "CHANGED", "CREATED"))
                .body("items.actor", everyItem(equalTo(actor)));
        dpo().queryParam("actor", actor).queryParam("size", 2).when().get(EVENTS).then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(2));
        dpo().queryParam("actor", actor).queryParam("size", 2).queryParam("page", 1).when().get(EVENTS).then().statusCode(200)
                .body("items.action", contains("CREATED"));
        dpo().queryParam("actor", actor).queryParam("sort", "occurredAt").when().get(EVENTS).then().statusCode(200)
                .body("items.action", contains("CREATED", "CHANGED", "CHANGED"));
        dpo().queryParam("actor", actor).queryParam("operation", "patchProject").when().get(EVENTS).then().statusCode(200)
                .body("total", equalTo(2));
        dpo().queryParam("actor", actor).queryParam("resourceType", "project").queryParam("resourceId", id).when().get(EVENTS)
                .then().statusCode(200).body("total", equalTo(3));
        dpo().queryParam("actor", actor).queryParam("resourceType", "newcomer").when().get(EVENTS).then().statusCode(200)
                .body("total", equalTo(0));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        dpo().queryParam("actor", actor).queryParam("from", start.toString()).queryParam("to", Instant.now().plusSeconds(1).toString())
                .when().get(EVENTS).then().statusCode(200).body("total", equalTo(3));
        dpo().queryParam("actor", actor).queryParam("from", today.toString()).queryParam("to", today.toString())
                .when().get(EVENTS).then().statusCode(200).body("total", equalTo(3));
        dpo().queryParam("actor", actor).queryParam("from", today.plusDays(1).toString())
                .when().get(EVENTS).then().statusCode(200).body("total", equalTo(0));
        dpo().queryParam("actor", actor).queryParam("to", today.minusDays(1).toString())
                .when().get(EVENTS).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void rejectsInvalidParameters() {
        dpo().queryParam("from", "yesterday").when().get(EVENTS).then().statusCode(400)
                .body("violations.field", hasItem("from"));
        dpo().queryParam("from", "2026-03-02").queryParam("to", "2026-03-01").when().get(EVENTS).then().statusCode(400)
                .body("violations.field", hasItem("to"));
        dpo().queryParam("sort", "fields").when().get(EVENTS).then().statusCode(400);
        dpo().queryParam("size", 101).when().get(EVENTS).then().statusCode(400);
        dpo().queryParam("resourceId", "not-a-uuid").when().get(EVENTS).then().statusCode(400);
    }

    @Test
    void onlyTheDataProtectionOfficerReadsTheTrail() {
        given().when().get(EVENTS).then().statusCode(403).body("type", equalTo("urn:lotse:problem:forbidden"));
        as(Tokens.coordinatorOf("WIL")).when().get(EVENTS).then().statusCode(403);
        as(Tokens.client("lotse-case-tool", Set.of("lotse.read", "lotse.write", "lotse.personal-data"))).when().get(EVENTS).then().statusCode(403);
        dpo().when().get(EVENTS).then().statusCode(200).body("items", not(empty()));
    }
}
