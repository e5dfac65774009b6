package de.lotse.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.lotse.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NetworkMeetingResourceTest extends ApiTest {

    private static final String MEETINGS = "/api/v1/network-meetings";

    static String marker() {
        return "Zm" + UUID.randomUUID().toString().substring(0, 6);
    }

    static Map<String, Object> meeting(String title, String startsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("format", "NETWORK_MEETING");
        body.put("startsAt", startsAt);
        body.put("endsAt", startsAt.replace("T17:", "T19:"));
        body.put("location", "Forum am Schlosspark");
        body.put("actionFields", List.of("CULTURE_CLUBS", "CIVIC_ENGAGEMENT"));
        body.put("topics", List.of("Raumbedarf", "Fundraising"));
        body.put("minutes", "22 of 45 associations answered the needs survey.");
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(MEETINGS)
                .then().statusCode(201).extract().path("id");
    }

    static String createMeeting() {
        return create(meeting(marker() + " Netzwerktreffen", "2026-03-12T17:00:00Z"));
    }

    static String createAssociation(String name) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "kind", "CLUB"))
                .when().post("/api/v1/associations").then().statusCode(201).extract().path("id");
    }

    static String createProject() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "name", "Ludwigsburger Akteure für Integration", "status", "RUNNING"))
                .when().post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    // --- Meetings ------------------------------------------------------------------------------

    @Test
    void createsMeetingWith201LocationAndStoredBody() {
        String host = createAssociation(marker() + " Gastgeberverein");
        String project = createProject();
        Map<String, Object> body = meeting("Netzwerktreffen 2026", "2026-03-12T17:00:00Z");
        body.put("hostAssociationId", host);
        body.put("projectId", project);
        String location = given().contentType(ContentType.JSON).body(body)
                .when().post(MEETINGS)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("startsAt", equalTo("2026-03-12T17:00:00Z"))
                .body("endsAt", equalTo("2026-03-12T19:00:00Z"))
                .body("actionFields", contains("CULTURE_CLUBS", "CIVIC_ENGAGEMENT"))
                .body("topics", contains("Raumbedarf", "Fundraising"))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Netzwerktreffen 2026"))
                .body("format", equalTo("NETWORK_MEETING"))
                .body("hostAssociationId", equalTo(host))
                .body("projectId", equalTo(project))
                .body("minutes", equalTo("22 of 45 associations answered the needs survey."));
    }

    @Test
    void appliesDefaultsForOmittedOptionalFields() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Jour Fixe Asyl", "format", "JOUR_FIXE", "startsAt", "2026-03-12T08:00:00.123456789Z"))
                .when().post(MEETINGS)
                .then().statusCode(201)
                .body("startsAt", equalTo("2026-03-12T08:00:00.123456Z"))
                .body("endsAt", nullValue())
                .body("actionFields", empty())
                .body("topics", empty())
                .body("hostAssociationId", nullValue());
    }

    @Test
    void rejectsEndBeforeStart() {
        Map<String, Object> body = meeting("Workshop", "2026-03-12T17:00:00Z");
        body.put("endsAt", "2026-03-12T16:59:59Z");
        given().contentType(ContentType.JSON).body(body)
                .when().post(MEETINGS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("endsAt"))
                .body("violations[0].message", equalTo("must not be before startsAt"));
    }

    @Test
    void rejectsInvalidFieldsWithViolationsAndStoresNothing() {
        String marker = marker();
        Map<String, Object> body = meeting(" ", "2026-03-12T17:00:00Z");
        body.remove("format");
        body.remove("startsAt");
        body.remove("endsAt");
        body.put("location", marker);
        body.put("topics", List.of("Raumbedarf", " "));
        given().contentType(ContentType.JSON).body(body)
                .when().post(MEETINGS)
                .then().statusCode(400)
                .body("detail", equalTo("4 fields are invalid"))
                .body("violations.field", contains("format", "startsAt", "title", "topics[1]"));
        given().queryParam("q", marker).when().get(MEETINGS).then().body("total", equalTo(0));
    }

    @Test
    void rejectsMalformedValuesAndUnknownPropertiesNamingThem() {
        Map<String, Object> badInstant = meeting("Workshop", "2026-03-12T17:00:00Z");
        badInstant.put("startsAt", "12.03.2026 18:00");
        given().contentType(ContentType.JSON).body(badInstant)
                .when().post(MEETINGS)
                .then().statusCode(400).body("violations[0].field", equalTo("startsAt"));
        Map<String, Object> badFormat = meeting("Workshop", "2026-03-12T17:00:00Z");
        badFormat.put("format", "PARTY");
        given().contentType(ContentType.JSON).body(badFormat)
                .when().post(MEETINGS)
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
        Map<String, Object> badActionField = meeting("Workshop", "2026-03-12T17:00:00Z");
        badActionField.put("actionFields", List.of("SPORT"));
        given().contentType(ContentType.JSON).body(badActionField)
                .when().post(MEETINGS)
                .then().statusCode(400).body("violations[0].field", equalTo("actionFields[0]"));
        Map<String, Object> unknown = meeting("Workshop", "2026-03-12T17:00:00Z");
        unknown.put("room", "Saal 2");
        given().contentType(ContentType.JSON).body(unknown)
                .when().post(MEETINGS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("room"))
                .body("violations[0].message", equalTo("unknown property"));
    }

    @Test
    void rejectsDanglingReferencesNamingTheField() {
        Map<String, Object> host = meeting("Kamingespräch", "2026-03-12T17:00:00Z");
        host.put("hostAssociationId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(host)
                .when().post(MEETINGS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("hostAssociationId"))
                .body("violations[0].message", containsString("refers to no existing record"));
        Map<String, Object> project = meeting("Kamingespräch", "2026-03-12T17:00:00Z");
        project.put("projectId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(project)
                .when().post(MEETINGS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("projectId"));
    }

    @Test
    void searchIsCaseAndAccentInsensitiveOverTitleLocationTopicsAndMinutes() {
        String marker = marker();
        create(meeting(marker + " Runder Tisch Vielfalt Müller", "2026-03-12T17:00:00Z"));
        Map<String, Object> byLocation = meeting(marker + " Ort", "2026-03-12T17:00:00Z");
        byLocation.put("location", "Bürgerhaus Grünbühl");
        create(byLocation);
        Map<String, Object> byTopic = meeting(marker + " Thema", "2026-03-12T17:00:00Z");
        byTopic.put("topics", List.of("Herkunftssprachlicher Unterricht", "Räume für Übungsabende"));
        create(byTopic);
        Map<String, Object> byMinutes = meeting(marker + " Protokoll", "2026-03-12T17:00:00Z");
        byMinutes.put("minutes", "Die Caritas übernimmt die Einladung zum Kamingespräch.");
        create(byMinutes);

        given().queryParam("q", marker.toLowerCase() + " runder tisch vielfalt muller").when().get(MEETINGS)
                .then().statusCode(200).body("total", equalTo(1));
        given().queryParam("q", "MÜLLER").queryParam("size", 100).when().get(MEETINGS)
                .then().body("items.title", hasItem(marker + " Runder Tisch Vielfalt Müller"));
        given().queryParam("q", "burgerhaus grunbuhl").queryParam("size", 100).when().get(MEETINGS)
                .then().body("items.title", hasItem(marker + " Ort"));
        given().queryParam("q", "RAUME FUR UBUNGSABENDE").queryParam("size", 100).when().get(MEETINGS)
                .then().body("items.title", hasItem(marker + " Thema"));
        given().queryParam("q", "caritas ubernimmt").queryParam("size", 100).when().get(MEETINGS)
                .then().body("items.title", hasItem(marker + " Protokoll"));
    }

    @Test
    void filtersByFormatDateRangeHostProjectAndActionField() {
        String marker = marker();
        String host = createAssociation(marker + " Host");
        String project = createProject();
        create(meeting(marker + " March", "2026-03-12T17:00:00Z"));
        Map<String, Object> fireside = meeting(marker + " Fireside", "2026-04-20T17:00:00Z");
        fireside.put("format", "FIRESIDE_TALK");
        fireside.put("hostAssociationId", host);
        fireside.put("actionFields", List.of("INTERCULTURAL_OPENING"));
        create(fireside);
        Map<String, Object> lateNight = meeting(marker + " Late night", "2026-05-01T22:30:00Z");
        lateNight.put("projectId", project);
        create(lateNight);

        given().queryParam("q", marker).queryParam("format", "FIRESIDE_TALK").when().get(MEETINGS)
                .then().statusCode(200).body("items.title", contains(marker + " Fireside"));
        given().queryParam("q", marker).queryParam("hostAssociationId", host).when().get(MEETINGS)
                .then().body("items.title", contains(marker + " Fireside"));
        given().queryParam("q", marker).queryParam("projectId", project).when().get(MEETINGS)
                .then().body("items.title", contains(marker + " Late night"));
        given().queryParam("q", marker).queryParam("actionField", "CULTURE_CLUBS").when().get(MEETINGS)
                .then().body("items.title", containsInAnyOrder(marker + " March", marker + " Late night"));
        given().queryParam("q", marker).queryParam("from", "2026-04-01").queryParam("to", "2026-04-30").when().get(MEETINGS)
                .then().body("items.title", contains(marker + " Fireside"));
        given().queryParam("q", marker).queryParam("from", "2026-04-20").when().get(MEETINGS)
                .then().body("items.title", contains(marker + " Late night", marker + " Fireside"));
        given().queryParam("q", marker).queryParam("to", "2026-04-20").when().get(MEETINGS)
                .then().body("items.title", contains(marker + " Fireside", marker + " March"));
        // 22:30 UTC on 1 May is 00:30 on 2 May in the office's time zone.
        given().queryParam("q", marker).queryParam("from", "2026-05-02").queryParam("to", "2026-05-02").when().get(MEETINGS)
                .then().body("items.title", contains(marker + " Late night"));
        given().queryParam("q", marker).queryParam("to", "2026-05-01").when().get(MEETINGS)
                .then().body("total", equalTo(2));
    }

    @Test
    void sortsLatestFirstByDefaultAndByRequestedFieldsAndPages() {
        String marker = marker();
        create(meeting(marker + " Beta", "2026-03-12T17:00:00Z"));
        Map<String, Object> workshop = meeting(marker + " Alpha", "2026-05-12T17:00:00Z");
        workshop.put("format", "WORKSHOP");
        create(workshop);
        create(meeting(marker + " Gamma", "2026-04-12T17:00:00Z"));

        given().queryParam("q", marker).when().get(MEETINGS)
                .then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(20))
                .body("items.title", contains(marker + " Alpha", marker + " Gamma", marker + " Beta"));
        given().queryParam("q", marker).queryParam("sort", "startsAt").when().get(MEETINGS)
                .then().body("items.title", contains(marker + " Beta", marker + " Gamma", marker + " Alpha"));
        given().queryParam("q", marker).queryParam("sort", "title").when().get(MEETINGS)
                .then().body("items.title", contains(marker + " Alpha", marker + " Beta", marker + " Gamma"));
        given().queryParam("q", marker).queryParam("sort", "-title").when().get(MEETINGS)
                .then().body("items.title", contains(marker + " Gamma", marker + " Beta", marker + " Alpha"));
        given().queryParam("q", marker).queryParam("sort", "-format,title").when().get(MEETINGS)
                .then().body("items.title", contains(marker + " Alpha", marker + " Beta", marker + " Gamma"));
        given().queryParam("q", marker).queryParam("sort", "createdAt").when().get(MEETINGS)
                .then().body("items.title", contains(marker + " Beta", marker + " Alpha", marker + " Gamma"));
        given().queryParam("q", marker).queryParam("sort", "title").queryParam("size", 2).queryParam("page", 1)
                .when().get(MEETINGS)
                .then().body("total", equalTo(3)).body("items", hasSize(1))
                .body("items[0].title", equalTo(marker + " Gamma"));
    }

    @Test
    void rejectsBadListParametersWith400() {
        given().queryParam("size", 101).when().get(MEETINGS)
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().queryParam("sort", "location").when().get(MEETINGS)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"))
                .body("violations[0].message", containsString("unknown sort field 'location'"));
        given().queryParam("format", "PARTY").when().get(MEETINGS)
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
        given().queryParam("actionField", "SPORT").when().get(MEETINGS)
                .then().statusCode(400).body("violations[0].field", equalTo("actionField"));
        given().queryParam("from", "12.03.2026").when().get(MEETINGS)
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().queryParam("from", "2026-04-01").queryParam("to", "2026-03-01").when().get(MEETINGS)
                .then().statusCode(400).body("violations[0].field", equalTo("to"))
                .body("violations[0].in", equalTo("query"));
        given().queryParam("hostAssociationId", "caritas").when().get(MEETINGS)
                .then().statusCode(400).body("violations[0].field", equalTo("hostAssociationId"));
        given().queryParam("projectId", "42").when().get(MEETINGS)
                .then().statusCode(400).body("violations[0].field", equalTo("projectId"));
    }

    @Test
    void replacesWithCurrentVersionAndRejectsStaleVersion() {
        String id = createMeeting();
        Map<String, Object> update = meeting("Netzwerktreffen (verschoben)", "2026-03-19T17:00:00Z");
        update.put("version", 0);
        given().contentType(ContentType.JSON).body(update)
                .when().put(MEETINGS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("startsAt", equalTo("2026-03-19T17:00:00Z")).body("version", equalTo(1));

        update.put("title", "Lost update");
        given().contentType(ContentType.JSON).body(update)
                .when().put(MEETINGS + "/" + id)
                .then().statusCode(409)
                .body("type", equalTo("urn:lotse:problem:version-conflict"))
                .body("currentVersion", equalTo(1));
        given().when().get(MEETINGS + "/" + id).then().body("title", equalTo("Netzwerktreffen (verschoben)"));

        update.put("title", "Via If-Match");
        update.remove("version");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(update)
                .when().put(MEETINGS + "/" + id)
                .then().statusCode(200).body("title", equalTo("Via If-Match")).body("version", equalTo(2));
        given().contentType(ContentType.JSON).body(update)
                .when().put(MEETINGS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
    }

    @Test
    void mergePatchChangesOnlySentFields() {
        String id = createMeeting();
        given().contentType("application/merge-patch+json")
                .body("{\"minutes\": \"Einladung folgt.\", \"location\": null, \"topics\": [\"Biete-Suche\"], \"version\": 0}")
                .when().patch(MEETINGS + "/" + id)
                .then().statusCode(200)
                .body("minutes", equalTo("Einladung folgt."))
                .body("location", nullValue())
                .body("topics", contains("Biete-Suche"))
                .body("format", equalTo("NETWORK_MEETING"))
                .body("actionFields", contains("CULTURE_CLUBS", "CIVIC_ENGAGEMENT"))
                .body("version", equalTo(1));
        given().contentType("application/merge-patch+json").body(Map.of("endsAt", "2026-03-12T16:00:00Z", "version", 1))
                .when().patch(MEETINGS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("endsAt"));
        given().contentType("application/merge-patch+json").body(Map.of("title", "Stale", "version", 0))
                .when().patch(MEETINGS + "/" + id)
                .then().statusCode(409);
        given().when().get(MEETINGS + "/" + id).then().body("version", equalTo(1)).body("endsAt", equalTo("2026-03-12T19:00:00Z"));
    }

    @Test
    void deletesMeetingWithItsParticipantsAndActions() {
        String id = createMeeting();
        String association = createAssociation(marker() + " Teilnehmer");
        given().contentType(ContentType.JSON).body(Map.of("associationId", association))
                .when().post(MEETINGS + "/" + id + "/participants").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("description", "Protokoll verschicken", "owner", "Büro"))
                .when().post(MEETINGS + "/" + id + "/actions").then().statusCode(201);

        given().when().delete(MEETINGS + "/" + id).then().statusCode(204);
        given().when().get(MEETINGS + "/" + id).then().statusCode(404)
                .body("type", equalTo("urn:lotse:problem:not-found"));
        given().when().get(MEETINGS + "/" + id + "/participants").then().statusCode(404);
        given().when().get(MEETINGS + "/" + id + "/actions").then().statusCode(404);
        given().when().delete(MEETINGS + "/" + id).then().statusCode(404);
        // The participation went with the meeting, so the association can go now.
        given().when().delete("/api/v1/associations/" + association).then().statusCode(204);
    }

    @Test
    void refusesToDeleteAProjectThatMeetingsReferTo() {
        String project = createProject();
        Map<String, Object> body = meeting("Netzwerktreffen LAfI", "2016-10-05T15:00:00Z");
        body.put("projectId", project);
        create(body);
        given().when().delete("/api/v1/projects/" + project)
                .then().statusCode(409)
                .body("type", equalTo("urn:lotse:problem:in-use"))
                .body("detail", containsString("network meetings still refer to it"));
    }

    @Test
    void answers404ForUnknownMeetings() {
        UUID unknown = UUID.randomUUID();
        given().when().get(MEETINGS + "/" + unknown).then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/merge-patch+json").body(Map.of("title", "x", "version", 0))
                .when().patch(MEETINGS + "/" + unknown).then().statusCode(404);
        given().when().delete(MEETINGS + "/" + unknown).then().statusCode(404);
    }

    // --- Participants --------------------------------------------------------------------------

    @Test
    void addsAnAssociationAsParticipantWithDefaults() {
        String meeting = createMeeting();
        String association = createAssociation(marker() + " Kulturverein");
        String location = given().contentType(ContentType.JSON).body(Map.of("associationId", association))
                .when().post(MEETINGS + "/" + meeting + "/participants")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("meetingId", equalTo(meeting))
                .body("associationId", equalTo(association))
                .body("personName", nullValue())
                .body("invited", equalTo(true))
                .body("attended", equalTo(false))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).header("ETag", "\"0\"")
                .body("associationId", equalTo(association));
    }

    @Test
    void addsANamedPersonAsParticipant() {
        String meeting = createMeeting();
        given().contentType(ContentType.JSON)
                .body(Map.of("personName", "Jana Beispiel", "organisation", "Staatliches Schulamt", "role", "Schulrätin",
                        "invited", false, "attended", true))
                .when().post(MEETINGS + "/" + meeting + "/participants")
                .then().statusCode(201)
                .body("associationId", nullValue())
                .body("personName", equalTo("Jana Beispiel"))
                .body("organisation", equalTo("Staatliches Schulamt"))
                .body("invited", equalTo(false))
                .body("attended", equalTo(true));
    }

    @Test
    void requiresExactlyOneOfAssociationAndPerson() {
        String meeting = createMeeting();
        String association = createAssociation(marker() + " Beide");
        given().contentType(ContentType.JSON).body(Map.of("role", "Gast"))
                .when().post(MEETINGS + "/" + meeting + "/participants")
                .then().statusCode(400)
                .body("violations.field", contains("associationId", "personName"))
                .body("violations[0].message", equalTo("exactly one of associationId and personName is required"));
        given().contentType(ContentType.JSON).body(Map.of("associationId", association, "personName", "Jana Beispiel"))
                .when().post(MEETINGS + "/" + meeting + "/participants")
                .then().statusCode(400)
                .body("violations.field", contains("associationId", "personName"));
        given().contentType(ContentType.JSON).body(Map.of("personName", "  "))
                .when().post(MEETINGS + "/" + meeting + "/participants")
                .then().statusCode(400)
                .body("violations.field", contains("associationId", "personName"));
        given().contentType(ContentType.JSON).body(Map.of("associationId", association, "organisation", "Schulamt"))
                .when().post(MEETINGS + "/" + meeting + "/participants")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("organisation"));
        given().when().get(MEETINGS + "/" + meeting + "/participants").then().body("total", equalTo(0));
    }

    @Test
    void rejectsDanglingAssociationAndUnknownProperty() {
        String meeting = createMeeting();
        given().contentType(ContentType.JSON).body(Map.of("associationId", UUID.randomUUID().toString()))
                .when().post(MEETINGS + "/" + meeting + "/participants")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("associationId"))
                .body("violations[0].message", containsString("refers to no existing record"));
        given().contentType(ContentType.JSON).body(Map.of("personName", "Jana Beispiel", "email", "jana@example.org"))
                .when().post(MEETINGS + "/" + meeting + "/participants")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("email"))
                .body("violations[0].message", equalTo("unknown property"));
    }

    @Test
    void allowsAnAssociationOnlyOncePerMeeting() {
        String meeting = createMeeting();
        String other = createMeeting();
        String association = createAssociation(marker() + " Einmal");
        given().contentType(ContentType.JSON).body(Map.of("associationId", association))
                .when().post(MEETINGS + "/" + meeting + "/participants").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("associationId", association, "attended", true))
                .when().post(MEETINGS + "/" + meeting + "/participants")
                .then().statusCode(409)
                .body("type", equalTo("urn:lotse:problem:duplicate"))
                .body("violations[0].field", equalTo("associationId"));
        given().contentType(ContentType.JSON).body(Map.of("associationId", association))
                .when().post(MEETINGS + "/" + other + "/participants").then().statusCode(201);
        String person = given().contentType(ContentType.JSON).body(Map.of("personName", "Jana Beispiel"))
                .when().post(MEETINGS + "/" + meeting + "/participants").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("associationId", association, "version", 0))
                .when().put(MEETINGS + "/" + meeting + "/participants/" + person)
                .then().statusCode(409).body("violations[0].field", equalTo("associationId"));
    }

    @Test
    void listsParticipantsWithFiltersSearchSortAndPage() {
        String meeting = createMeeting();
        String association = createAssociation(marker() + " Liste");
        String path = MEETINGS + "/" + meeting + "/participants";
        given().contentType(ContentType.JSON).body(Map.of("associationId", association, "attended", true))
                .when().post(path).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("personName", "Jörg Müller", "organisation", "Schulamt", "attended", true))
                .when().post(path).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("personName", "Ada Beispiel"))
                .when().post(path).then().statusCode(201);

        given().when().get(path).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.personName", contains(null, "Jörg Müller", "Ada Beispiel"));
        given().queryParam("attended", true).when().get(path)
                .then().body("total", equalTo(2)).body("items.attended", everyItem(equalTo(true)));
        given().queryParam("attended", false).when().get(path)
                .then().body("items.personName", contains("Ada Beispiel"));
        given().queryParam("associationId", association).when().get(path)
                .then().body("items.associationId", contains(association));
        given().queryParam("q", "MULLER").when().get(path)
                .then().body("items.personName", contains("Jörg Müller"));
        given().queryParam("q", "schulamt").when().get(path)
                .then().body("items.personName", contains("Jörg Müller"));
        given().queryParam("sort", "-createdAt").when().get(path)
                .then().body("items.personName", contains("Ada Beispiel", "Jörg Müller", null));
        given().queryParam("sort", "personName").queryParam("q", "e").when().get(path)
                .then().body("items.personName", contains("Ada Beispiel", "Jörg Müller"));
        given().queryParam("sort", "-attended,createdAt").queryParam("size", 1).queryParam("page", 2).when().get(path)
                .then().body("total", equalTo(3)).body("items.personName", contains("Ada Beispiel"));
    }

    @Test
    void rejectsBadParticipantListParametersWith400() {
        String path = MEETINGS + "/" + createMeeting() + "/participants";
        given().queryParam("associationId", "caritas").when().get(path)
                .then().statusCode(400).body("violations[0].field", equalTo("associationId"));
        given().queryParam("sort", "role").when().get(path)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"));
        given().queryParam("size", 101).when().get(path)
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void replacesAndPatchesParticipantsWithVersions() {
        String meeting = createMeeting();
        String path = MEETINGS + "/" + meeting + "/participants";
        String id = given().contentType(ContentType.JSON).body(Map.of("personName", "Jana Beispiel", "role", "Gast"))
                .when().post(path).then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("personName", "Jana Beispiel", "version", 0))
                .when().put(path + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("role", nullValue()).body("invited", equalTo(true)).body("attended", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("personName", "Lost update", "version", 0))
                .when().put(path + "/" + id)
                .then().statusCode(409).body("currentVersion", equalTo(1));
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body(Map.of("attended", true))
                .when().patch(path + "/" + id)
                .then().statusCode(200)
                .body("attended", equalTo(true))
                .body("personName", equalTo("Jana Beispiel"))
                .body("version", equalTo(2));
        given().contentType("application/merge-patch+json").body(Map.of("attended", false))
                .when().patch(path + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().when().get(path + "/" + id).then().body("attended", equalTo(true)).body("version", equalTo(2));
    }

    @Test
    void answers404ForAParticipantOfAnotherMeeting() {
        String meeting = createMeeting();
        String other = createMeeting();
        String id = given().contentType(ContentType.JSON).body(Map.of("personName", "Jana Beispiel"))
                .when().post(MEETINGS + "/" + meeting + "/participants").then().statusCode(201).extract().path("id");
        String foreign = MEETINGS + "/" + other + "/participants/" + id;

        given().when().get(foreign).then().statusCode(404).body("type", equalTo("urn:lotse:problem:not-found"));
        given().contentType(ContentType.JSON).body(Map.of("personName", "X", "version", 0))
                .when().put(foreign).then().statusCode(404);
        given().contentType("application/merge-patch+json").body(Map.of("attended", true, "version", 0))
                .when().patch(foreign).then().statusCode(404);
        given().when().delete(foreign).then().statusCode(404);
        given().when().get(MEETINGS + "/" + UUID.randomUUID() + "/participants").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("personName", "X"))
                .when().post(MEETINGS + "/" + UUID.randomUUID() + "/participants").then().statusCode(404);

        given().when().delete(MEETINGS + "/" + meeting + "/participants/" + id).then().statusCode(204);
        given().when().get(MEETINGS + "/" + meeting + "/participants/" + id).then().statusCode(404);
    }

    // --- Actions -------------------------------------------------------------------------------

    @Test
    void addsAnActionOpenByDefault() {
        String meeting = createMeeting();
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("description", "Schulamt wegen Räumen anfragen", "owner", "Büro für Integration", "dueDate", "2026-04-30"))
                .when().post(MEETINGS + "/" + meeting + "/actions")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("meetingId", equalTo(meeting))
                .body("status", equalTo("OPEN"))
                .body("dueDate", equalTo("2026-04-30"))
                .body("doneOn", nullValue())
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).body("owner", equalTo("Büro für Integration"));
    }

    @Test
    void rejectsInvalidActions() {
        String path = MEETINGS + "/" + createMeeting() + "/actions";
        given().contentType(ContentType.JSON).body(Map.of("description", " "))
                .when().post(path)
                .then().statusCode(400)
                .body("violations.field", contains("description", "owner"));
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "Protokoll verschicken", "owner", "Büro", "doneOn", "2026-03-13"))
                .when().post(path)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("doneOn"));
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "Protokoll verschicken", "owner", "Büro", "status", "LATER"))
                .when().post(path)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "Protokoll verschicken", "owner", "Büro", "dueDate", "morgen"))
                .when().post(path)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("dueDate"));
        given().when().get(path).then().body("total", equalTo(0));
    }

    @Test
    void listsActionsWithStatusAndOverdueFiltersSortAndPage() {
        String path = MEETINGS + "/" + createMeeting() + "/actions";
        LocalDate today = today();
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "Überfällig", "owner", "Büro", "dueDate", today.minusDays(3).toString()))
                .when().post(path).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "Heute fällig", "owner", "Caritas", "dueDate", today.toString()))
                .when().post(path).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "Erledigt", "owner", "Diakonie", "dueDate", today.minusDays(10).toString(),
                        "status", "DONE", "doneOn", today.minusDays(11).toString()))
                .when().post(path).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "Ohne Termin", "owner", "Büro"))
                .when().post(path).then().statusCode(201);

        given().when().get(path).then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.description", contains("Erledigt", "Überfällig", "Heute fällig", "Ohne Termin"));
        given().queryParam("sort", "-dueDate").when().get(path)
                .then().body("items.description", contains("Ohne Termin", "Heute fällig", "Überfällig", "Erledigt"));
        given().queryParam("overdue", true).when().get(path)
                .then().body("items.description", contains("Überfällig"));
        given().queryParam("overdue", false).when().get(path)
                .then().body("items.description", contains("Erledigt", "Heute fällig", "Ohne Termin"));
        given().queryParam("status", "DONE").when().get(path)
                .then().body("items.description", contains("Erledigt"));
        given().queryParam("status", "OPEN").queryParam("sort", "createdAt").when().get(path)
                .then().body("items.description", contains("Überfällig", "Heute fällig", "Ohne Termin"));
        given().queryParam("sort", "-status,dueDate").when().get(path)
                .then().body("items.description", contains("Überfällig", "Heute fällig", "Ohne Termin", "Erledigt"));
        given().queryParam("q", "BURO").when().get(path)
                .then().body("items.description", contains("Überfällig", "Ohne Termin"));
        given().queryParam("q", "uberfallig").when().get(path)
                .then().body("items.description", contains("Überfällig"));
        given().queryParam("size", 3).queryParam("page", 1).when().get(path)
                .then().body("total", equalTo(4)).body("items.description", contains("Ohne Termin"));
    }

    @Test
    void rejectsBadActionListParametersWith400() {
        String path = MEETINGS + "/" + createMeeting() + "/actions";
        given().queryParam("status", "LATER").when().get(path)
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().queryParam("sort", "owner").when().get(path)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"));
        given().queryParam("size", 0).when().get(path)
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void replacesAndPatchesActionsWithVersions() {
        String path = MEETINGS + "/" + createMeeting() + "/actions";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("description", "Einladung verschicken", "owner", "Büro", "dueDate", "2026-04-30"))
                .when().post(path).then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON)
                .body(Map.of("description", "Einladung verschicken", "owner", "AWO", "version", 0))
                .when().put(path + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("owner", equalTo("AWO")).body("dueDate", nullValue()).body("status", equalTo("OPEN"));
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "Lost update", "owner", "AWO", "version", 0))
                .when().put(path + "/" + id)
                .then().statusCode(409);
        given().contentType("application/merge-patch+json").body(Map.of("status", "DONE", "doneOn", "2026-04-20", "version", 1))
                .when().patch(path + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("DONE")).body("doneOn", equalTo("2026-04-20"))
                .body("owner", equalTo("AWO")).body("version", equalTo(2));
        given().contentType("application/merge-patch+json").body(Map.of("status", "OPEN", "version", 2))
                .when().patch(path + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("doneOn"));
        given().when().get(path + "/" + id).then().body("status", equalTo("DONE")).body("description", equalTo("Einladung verschicken"));
    }

    @Test
    void answers404ForAnActionOfAnotherMeeting() {
        String meeting = createMeeting();
        String other = createMeeting();
        String id = given().contentType(ContentType.JSON).body(Map.of("description", "Protokoll verschicken", "owner", "Büro"))
                .when().post(MEETINGS + "/" + meeting + "/actions").then().statusCode(201).extract().path("id");
        String foreign = MEETINGS + "/" + other + "/actions/" + id;

        given().when().get(foreign).then().statusCode(404).body("type", equalTo("urn:lotse:problem:not-found"));
        given().contentType(ContentType.JSON).body(Map.of("description", "X", "owner", "Y", "version", 0))
                .when().put(foreign).then().statusCode(404);
        given().contentType("application/merge-patch+json").body(Map.of("owner", "Y", "version", 0))
                .when().patch(foreign).then().statusCode(404);
        given().when().delete(foreign).then().statusCode(404);
        given().when().get(MEETINGS + "/" + UUID.randomUUID() + "/actions").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("description", "X", "owner", "Y"))
                .when().post(MEETINGS + "/" + UUID.randomUUID() + "/actions").then().statusCode(404);

        given().when().delete(MEETINGS + "/" + meeting + "/actions/" + id).then().statusCode(204);
        given().when().get(MEETINGS + "/" + meeting + "/actions/" + id).then().statusCode(404);
        given().when().get(MEETINGS + "/" + meeting + "/actions").then().statusCode(200).body("total", equalTo(0));
    }
}
