package de.lotse.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lotse.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read-only list of the agreed actions of all meetings: /api/v1/meeting-actions. */
@QuarkusTest
class MeetingActionsAcrossMeetingsResourceTest extends ApiTest {

    private static final String ACTIONS = "/api/v1/meeting-actions";
    private static final String MEETINGS = "/api/v1/network-meetings";

    @Inject
    SessionFactory sessionFactory;

    /** In every description and owner, so a search for it sees only this test's actions (the run shares one database). */
    private String marker;
    private String spring;
    private String autumn;

    @BeforeEach
    void twoMeetingsWithActions() {
        marker = NetworkMeetingResourceTest.marker();
        spring = NetworkMeetingResourceTest.create(NetworkMeetingResourceTest.meeting(marker + " Frühjahrstreffen", "2026-03-12T17:00:00Z"));
        autumn = NetworkMeetingResourceTest.create(NetworkMeetingResourceTest.meeting(marker + " Herbsttreffen", "2025-10-09T17:00:00Z"));
        LocalDate today = NetworkMeetingResourceTest.today();
        action(spring, "Überfällig", "Büro", today.minusDays(3), null);
        action(spring, "Heute fällig", "Caritas", today, null);
        action(autumn, "Erledigt", "Diakonie", today.minusDays(10), today.minusDays(11));
        action(autumn, "Ohne Termin", "Büro", null, null);
    }

    private void action(String meetingId, String description, String owner, LocalDate dueDate, LocalDate doneOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("description", description + " " + marker);
        body.put("owner", owner + " " + marker);
        if (dueDate != null) {
            body.put("dueDate", dueDate.toString());
        }
        if (doneOn != null) {
            body.put("status", "DONE");
            body.put("doneOn", doneOn.toString());
        }
        given().contentType(ContentType.JSON).body(body)
                .when().post(MEETINGS + "/" + meetingId + "/actions").then().statusCode(201);
    }

    private List<String> descriptions(String... names) {
        return java.util.Arrays.stream(names).map(n -> n + " " + marker).toList();
    }

    @Test
    void listsTheActionsOfAllMeetingsWithTheirMeetingByDueDate() {
        given().queryParam("q", marker).when().get(ACTIONS)
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.description", contains(descriptions("Erledigt", "Überfällig", "Heute fällig", "Ohne Termin").toArray()))
                .body("items.meetingId", contains(autumn, spring, spring, autumn))
                .body("items.meetingTitle", contains(marker + " Herbsttreffen", marker + " Frühjahrstreffen",
                        marker + " Frühjahrstreffen", marker + " Herbsttreffen"))
                .body("items.meetingStartsAt", contains("2025-10-09T17:00:00Z", "2026-03-12T17:00:00Z",
                        "2026-03-12T17:00:00Z", "2025-10-09T17:00:00Z"))
                .body("items[0].status", equalTo("DONE"))
                .body("items[0].version", equalTo(0));
    }

    @Test
    void filtersByStatusOverdueMeetingOwnerAndSearch() {
        given().queryParam("q", marker).queryParam("status", "OPEN").when().get(ACTIONS)
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.description", contains(descriptions("Überfällig", "Heute fällig", "Ohne Termin").toArray()));
        given().queryParam("q", marker).queryParam("status", "DONE").when().get(ACTIONS)
                .then().body("items.description", contains(descriptions("Erledigt").toArray()));
        given().queryParam("q", marker).queryParam("overdue", true).when().get(ACTIONS)
                .then().body("items.description", contains(descriptions("Überfällig").toArray()));
        given().queryParam("q", marker).queryParam("overdue", false).when().get(ACTIONS)
                .then().body("items.description", contains(descriptions("Erledigt", "Heute fällig", "Ohne Termin").toArray()));
        given().queryParam("meetingId", autumn).when().get(ACTIONS)
                .then().body("total", equalTo(2)).body("items.meetingId", everyItem(equalTo(autumn)))
                .body("items.description", contains(descriptions("Erledigt", "Ohne Termin").toArray()));
        given().queryParam("owner", "  büro " + marker.toUpperCase() + " ").when().get(ACTIONS)
                .then().body("items.description", contains(descriptions("Überfällig", "Ohne Termin").toArray()));
        given().queryParam("owner", "Büro").queryParam("q", marker).when().get(ACTIONS)
                .then().body("total", equalTo(0)).body("items", empty());
        given().queryParam("q", "HEUTE FALLIG " + marker).when().get(ACTIONS)
                .then().body("items.description", contains(descriptions("Heute fällig").toArray()));
        given().queryParam("q", marker).queryParam("meetingId", spring).queryParam("status", "OPEN").queryParam("overdue", false)
                .when().get(ACTIONS)
                .then().body("items.description", contains(descriptions("Heute fällig").toArray()));
    }

    @Test
    void anUnknownMeetingIsAnEmptyList() {
        given().queryParam("meetingId", UUID.randomUUID()).when().get(ACTIONS)
                .then().statusCode(200).body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void sortsByRequestedFieldsAndPages() {
        given().queryParam("q", marker).queryParam("sort", "-dueDate").when().get(ACTIONS)
                .then().body("items.description", contains(descriptions("Ohne Termin", "Heute fällig", "Überfällig", "Erledigt").toArray()));
        given().queryParam("q", marker).queryParam("sort", "-status,dueDate").when().get(ACTIONS)
                .then().body("items.description", contains(descriptions("Überfällig", "Heute fällig", "Ohne Termin", "Erledigt").toArray()));
        given().queryParam("q", marker).queryParam("sort", "meetingStartsAt,-dueDate").when().get(ACTIONS)
                .then().body("items.description", contains(descriptions("Ohne Termin", "Erledigt", "Heute fällig", "Überfällig").toArray()));
        given().queryParam("q", marker).queryParam("sort", "owner,createdAt").when().get(ACTIONS)
                .then().body("items.description", contains(descriptions("Überfällig", "Ohne Termin", "Heute fällig", "Erledigt").toArray()));
        given().queryParam("q", marker).queryParam("size", 3).when().get(ACTIONS)
                .then().body("total", equalTo(4)).body("size", equalTo(3)).body("items", hasSize(3));
        given().queryParam("q", marker).queryParam("size", 3).queryParam("page", 1).when().get(ACTIONS)
                .then().body("total", equalTo(4)).body("page", equalTo(1))
                .body("items.description", contains(descriptions("Ohne Termin").toArray()));
        given().queryParam("q", marker).queryParam("size", 3).queryParam("page", 2).when().get(ACTIONS)
                .then().body("total", equalTo(4)).body("items", empty());
    }

    @Test
    void rejectsBadListParametersWith400Problems() {
        Map<String, Object> bad = new java.util.LinkedHashMap<>();
        bad.put("status", "LATER");
        bad.put("overdue", "maybe");
        bad.put("meetingId", "abc");
        bad.put("sort", "description");
        bad.put("size", 101);
        bad.put("page", -1);
        bad.forEach((name, value) -> given().queryParam(name, value).when().get(ACTIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("urn:lotse:problem:validation"))
                .body("violations[0].field", equalTo(name)));
        given().queryParam("sort", "-").when().get(ACTIONS)
                .then().statusCode(400).body("violations[0].message", startsWith("unknown sort field"));
    }

    @Test
    void isReadOnly() {
        given().contentType(ContentType.JSON).body(Map.of("description", "X", "owner", "Y"))
                .when().post(ACTIONS).then().statusCode(405);
    }

    @Test
    void aPageCostsTwoStatementsWhateverItsSize() {
        for (int i = 0; i < 26; i++) {
            String meeting = NetworkMeetingResourceTest.create(
                    NetworkMeetingResourceTest.meeting(marker + " Treffen " + i, "2026-0" + (1 + i % 9) + "-12T17:00:00Z"));
            action(meeting, "Aktion " + i, "Büro", LocalDate.of(2026, 4, 1 + i), null);
        }
        long five = statementsFor(ACTIONS + "?q=" + marker + "&status=OPEN&size=5");
        long twentyFive = statementsFor(ACTIONS + "?q=" + marker + "&status=OPEN&size=25&sort=meetingStartsAt");
        System.out.printf("meeting-action list statements: size=5 -> %d, size=25 -> %d%n", five, twentyFive);
        assertEquals(five, twentyFive);
        assertTrue(twentyFive <= 2, "a page is its query and its count, was " + twentyFive);
    }

    private long statementsFor(String url) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(url).then().statusCode(200).body("items.meetingTitle", everyItem(startsWith(marker)));
        return statistics.getPrepareStatementCount();
    }
}
