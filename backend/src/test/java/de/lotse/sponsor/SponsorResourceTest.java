package de.lotse.sponsor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import de.lotse.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SponsorResourceTest extends ApiTest {

    private static final String SPONSORS = "/api/v1/sponsors";

    /** A district no other test uses: filtering by it sees only this test's sponsors. */
    static String uniqueDistrict() {
        return "Bezirk-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> sponsor(String firstName, String lastName, String district) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("email", "anna.beispiel@example.org");
        body.put("phone", "+49 7141 123456");
        body.put("languages", List.of("de", "ro"));
        body.put("district", district);
        body.put("interests", List.of("Schule", "Fußball"));
        body.put("availability", "weekday evenings");
        body.put("status", "ACTIVE");
        body.put("trainingCompletedOn", "2015-09-30");
        body.put("consentGivenAt", "2026-03-01T09:30:00Z");
        body.put("notes", "Speaks Romanian at home.");
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(201).extract().path("id");
    }

    static String createProject() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "name", "Willkommen in Ludwigsburg", "status", "RUNNING"))
                .when().post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createsSponsorWith201LocationAndStoredBody() {
        String projectId = createProject();
        Map<String, Object> body = sponsor("Anna", "Beispiel", uniqueDistrict());
        body.put("maxMentees", 3);
        body.put("projectId", projectId);
        String location = given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("lastName", equalTo("Beispiel"))
                .body("languages", contains("de", "ro"))
                .body("interests", contains("Schule", "Fußball"))
                .body("maxMentees", equalTo(3))
                .body("projectId", equalTo(projectId))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("email", equalTo("anna.beispiel@example.org"))
                .body("availability", equalTo("weekday evenings"))
                .body("status", equalTo("ACTIVE"))
                .body("trainingCompletedOn", equalTo("2015-09-30"))
                .body("consentGivenAt", equalTo("2026-03-01T09:30:00Z"))
                .body("notes", equalTo("Speaks Romanian at home."));
    }

    @Test
    void defaultsMaxMenteesToTwoAndListsToEmpty() {
        given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "Bernd", "lastName", "Minimal", "status", "INTERESTED"))
                .when().post(SPONSORS)
                .then().statusCode(201)
                .body("maxMentees", equalTo(2))
                .body("languages", empty())
                .body("interests", empty())
                .body("trainingCompletedOn", nullValue())
                .body("projectId", nullValue());
    }

    @Test
    void ignoresReadOnlyFieldsInTheBody() {
        Map<String, Object> body = sponsor("Anna", "Beispiel", uniqueDistrict());
        body.put("id", "00000000-0000-7000-8000-000000000000");
        body.put("createdAt", "2000-01-01T00:00:00Z");
        given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(201)
                .body("id", not(equalTo("00000000-0000-7000-8000-000000000000")))
                .body("createdAt", not(startsWith("2000")));
    }

    @Test
    void rejectsUnknownPropertyNamingIt() {
        Map<String, Object> body = sponsor("Anna", "Beispiel", uniqueDistrict());
        body.put("shoeSize", 38);
        given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("shoeSize"))
                .body("violations[0].message", equalTo("unknown property"));
    }

    @Test
    void rejectsInvalidFieldsWithViolationsAndStoresNothing() {
        String district = uniqueDistrict();
        Map<String, Object> body = sponsor("Anna", " ", district);
        body.put("email", "not-an-email");
        body.put("maxMentees", 11);
        body.remove("status");
        given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:validation"))
                .body("detail", equalTo("4 fields are invalid"))
                .body("violations.field", contains("email", "lastName", "maxMentees", "status"))
                .body("violations.in", everyItem(equalTo("body")))
                .body("instance", equalTo(SPONSORS));
        body.put("maxMentees", 0);
        given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .body("violations.field", hasItem("maxMentees"));
        given().queryParam("district", district).when().get(SPONSORS).then().body("total", equalTo(0));
    }

    @Test
    void rejectsLanguageCodesThatAreNotIso6391() {
        Map<String, Object> body = sponsor("Anna", "Beispiel", uniqueDistrict());
        body.put("languages", List.of("rom"));
        given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("languages[0]"))
                .body("violations[0].message", containsString("ISO 639-1"));
        body.put("languages", List.of("de", "RO"));
        given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("languages[1]"));
        body.put("languages", Collections.singletonList(null));
        given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("languages[0]"));
    }

    @Test
    void rejectsMoreThanTwentyInterestsAndBlankOnes() {
        Map<String, Object> body = sponsor("Anna", "Beispiel", uniqueDistrict());
        body.put("interests", Collections.nCopies(21, "Sport"));
        given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("interests"));
        body.put("interests", List.of("Sport", " "));
        given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("interests[1]"));
    }

    @Test
    void rejectsMalformedValuesNamingTheField() {
        Map<String, Object> badStatus = sponsor("Anna", "Beispiel", uniqueDistrict());
        badStatus.put("status", "BUSY");
        given().contentType(ContentType.JSON).body(badStatus)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", equalTo("must be one of INTERESTED, IN_TRAINING, ACTIVE, PAUSED, LEFT"));
        Map<String, Object> badDate = sponsor("Anna", "Beispiel", uniqueDistrict());
        badDate.put("trainingCompletedOn", "30.09.2015");
        given().contentType(ContentType.JSON).body(badDate)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("trainingCompletedOn"));
        Map<String, Object> badInstant = sponsor("Anna", "Beispiel", uniqueDistrict());
        badInstant.put("consentGivenAt", "yesterday");
        given().contentType(ContentType.JSON).body(badInstant)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("consentGivenAt"))
                .body(not(containsString("java.")));
        Map<String, Object> badPhone = sponsor("Anna", "Beispiel", uniqueDistrict());
        badPhone.put("phone", "call me");
        given().contentType(ContentType.JSON).body(badPhone)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("phone"));
    }

    @Test
    void rejectsDanglingProjectIdNamingIt() {
        String district = uniqueDistrict();
        Map<String, Object> body = sponsor("Anna", "Beispiel", district);
        body.put("projectId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(body)
                .when().post(SPONSORS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("projectId"))
                .body("violations[0].message", containsString("refers to no existing record"));
        given().queryParam("district", district).when().get(SPONSORS).then().body("total", equalTo(0));
    }

    @Test
    void searchesCaseAndAccentInsensitively() {
        String district = uniqueDistrict();
        create(sponsor("Jürgen", "Müller", district));
        Map<String, Object> other = sponsor("Anna", "Schmidt", district);
        other.put("interests", List.of("Kochen"));
        other.put("availability", "Samstagvormittag");
        other.put("email", "a.schmidt@example.org");
        create(other);

        given().queryParam("district", district).queryParam("q", "muller").when().get(SPONSORS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].lastName", equalTo("Müller"));
        given().queryParam("district", district).queryParam("q", "MÜLLER").when().get(SPONSORS)
                .then().body("total", equalTo(1)).body("items[0].lastName", equalTo("Müller"));
        given().queryParam("district", district).queryParam("q", "jurgen mul").when().get(SPONSORS)
                .then().body("items.lastName", contains("Müller"));
        given().queryParam("district", district).queryParam("q", "FUSSBALL").when().get(SPONSORS)
                .then().body("items.lastName", contains("Müller"));
        given().queryParam("district", district).queryParam("q", "samstag").when().get(SPONSORS)
                .then().body("items.lastName", contains("Schmidt"));
        given().queryParam("district", district).queryParam("q", "a.schmidt@").when().get(SPONSORS)
                .then().body("items.lastName", contains("Schmidt"));
        given().queryParam("q", district.toUpperCase()).when().get(SPONSORS)
                .then().body("total", equalTo(2));
    }

    @Test
    void filtersByStatusDistrictLanguageProjectAndTraining() {
        String district = uniqueDistrict();
        String projectId = createProject();
        Map<String, Object> active = sponsor("Anna", "Aktiv", district);
        active.put("projectId", projectId);
        create(active);
        Map<String, Object> inTraining = sponsor("Berta", "Lernend", district);
        inTraining.put("status", "IN_TRAINING");
        inTraining.put("languages", List.of("ar", "de"));
        inTraining.remove("trainingCompletedOn");
        create(inTraining);
        create(sponsor("Carla", "Anderswo", uniqueDistrict()));

        given().queryParam("district", district.toLowerCase()).when().get(SPONSORS)
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.lastName", contains("Aktiv", "Lernend"));
        given().queryParam("district", district).queryParam("status", "IN_TRAINING").when().get(SPONSORS)
                .then().body("items.lastName", contains("Lernend"));
        given().queryParam("district", district).queryParam("language", "ar").when().get(SPONSORS)
                .then().body("items.lastName", contains("Lernend"));
        given().queryParam("district", district).queryParam("language", "ro").when().get(SPONSORS)
                .then().body("items.lastName", contains("Aktiv"));
        given().queryParam("projectId", projectId).when().get(SPONSORS)
                .then().body("total", equalTo(1)).body("items.lastName", contains("Aktiv"));
        given().queryParam("district", district).queryParam("trained", true).when().get(SPONSORS)
                .then().body("items.lastName", contains("Aktiv"));
        given().queryParam("district", district).queryParam("trained", false).when().get(SPONSORS)
                .then().body("items.lastName", contains("Lernend"));
    }

    @Test
    void sortsByLastNameInGermanOrderAscendingAndDescending() {
        String district = uniqueDistrict();
        create(sponsor("Zoe", "Zander", district));
        create(sponsor("Ärwin", "Ärger", district));
        create(sponsor("Adam", "Adler", district));

        given().queryParam("district", district).queryParam("sort", "lastName").when().get(SPONSORS)
                .then().statusCode(200).body("items.lastName", contains("Adler", "Ärger", "Zander"));
        given().queryParam("district", district).queryParam("sort", "-lastName").when().get(SPONSORS)
                .then().body("items.lastName", contains("Zander", "Ärger", "Adler"));
        given().queryParam("district", district).queryParam("sort", "-firstName").when().get(SPONSORS)
                .then().body("items.firstName", contains("Zoe", "Ärwin", "Adam"));
        given().queryParam("district", district).when().get(SPONSORS)
                .then().body("items.lastName", contains("Adler", "Ärger", "Zander"));
    }

    @Test
    void sortsByTrainingDateAndStatus() {
        String district = uniqueDistrict();
        Map<String, Object> early = sponsor("Anna", "Früh", district);
        early.put("trainingCompletedOn", "2015-06-30");
        early.put("status", "PAUSED");
        create(early);
        Map<String, Object> late = sponsor("Berta", "Spät", district);
        late.put("trainingCompletedOn", "2016-06-30");
        create(late);

        given().queryParam("district", district).queryParam("sort", "-trainingCompletedOn").when().get(SPONSORS)
                .then().body("items.lastName", contains("Spät", "Früh"));
        given().queryParam("district", district).queryParam("sort", "trainingCompletedOn").when().get(SPONSORS)
                .then().body("items.lastName", contains("Früh", "Spät"));
        given().queryParam("district", district).queryParam("sort", "-status,lastName").when().get(SPONSORS)
                .then().body("items.status", contains("PAUSED", "ACTIVE"));
        given().queryParam("district", district).queryParam("sort", "district,-createdAt").when().get(SPONSORS)
                .then().body("items.lastName", contains("Spät", "Früh"));
    }

    @Test
    void pagesWithTotal() {
        String district = uniqueDistrict();
        create(sponsor("Anna", "Alpha", district));
        create(sponsor("Anna", "Beta", district));
        create(sponsor("Anna", "Gamma", district));

        given().queryParam("district", district).queryParam("size", 2).queryParam("page", 0).when().get(SPONSORS)
                .then().body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.lastName", contains("Alpha", "Beta"));
        given().queryParam("district", district).queryParam("size", 2).queryParam("page", 1).when().get(SPONSORS)
                .then().body("total", equalTo(3)).body("items", hasSize(1)).body("items[0].lastName", equalTo("Gamma"));
    }

    @Test
    void rejectsBadListParametersWith400() {
        given().queryParam("size", 101).when().get(SPONSORS)
                .then().statusCode(400).body("violations[0].field", equalTo("size"))
                .body("violations[0].in", equalTo("query"));
        given().queryParam("sort", "email").when().get(SPONSORS)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"))
                .body("violations[0].message", containsString("unknown sort field 'email'"));
        given().queryParam("status", "SLEEPING").when().get(SPONSORS)
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().queryParam("projectId", "not-a-uuid").when().get(SPONSORS)
                .then().statusCode(400).body("violations[0].field", equalTo("projectId"));
        given().queryParam("language", "rom").when().get(SPONSORS)
                .then().statusCode(400).body("violations[0].field", equalTo("language"))
                .body("violations[0].in", equalTo("query"));
        given().queryParam("trained", "maybe").when().get(SPONSORS)
                .then().statusCode(400).body("violations[0].field", equalTo("trained"));
    }

    @Test
    void replacesWithCurrentVersionAndRejectsStaleVersion() {
        String district = uniqueDistrict();
        String id = create(sponsor("Anna", "Vorher", district));
        Map<String, Object> update = sponsor("Anna", "Nachher", district);
        update.put("version", 0);
        update.remove("interests");
        given().contentType(ContentType.JSON).body(update)
                .when().put(SPONSORS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("lastName", equalTo("Nachher")).body("version", equalTo(1))
                .body("interests", empty())
                .body("maxMentees", equalTo(2));

        update.put("lastName", "Verloren");
        given().contentType(ContentType.JSON).body(update)
                .when().put(SPONSORS + "/" + id)
                .then().statusCode(409)
                .body("type", equalTo("urn:lotse:problem:version-conflict"))
                .body("currentVersion", equalTo(1));
        given().when().get(SPONSORS + "/" + id).then().body("lastName", equalTo("Nachher")).body("version", equalTo(1));
    }

    @Test
    void replaceAcceptsIfMatchAndRequiresSomeVersion() {
        String district = uniqueDistrict();
        String id = create(sponsor("Anna", "Vorher", district));
        given().contentType(ContentType.JSON).body(sponsor("Anna", "Ohne Version", district))
                .when().put(SPONSORS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(sponsor("Anna", "Per If-Match", district))
                .when().put(SPONSORS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("lastName", equalTo("Per If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(sponsor("Anna", "Veraltet", district))
                .when().put(SPONSORS + "/" + id)
                .then().statusCode(409);
        given().when().get(SPONSORS + "/" + id).then().body("lastName", equalTo("Per If-Match"));
    }

    @Test
    void mergePatchChangesOnlySentFields() {
        String id = create(sponsor("Anna", "Patch", uniqueDistrict()));
        given().contentType("application/merge-patch+json")
                .body("{\"maxMentees\": 3, \"notes\": null, \"status\": \"PAUSED\", \"version\": 0}")
                .when().patch(SPONSORS + "/" + id)
                .then().statusCode(200)
                .body("maxMentees", equalTo(3))
                .body("status", equalTo("PAUSED"))
                .body("notes", nullValue())
                .body("lastName", equalTo("Patch"))
                .body("languages", contains("de", "ro"))
                .body("trainingCompletedOn", equalTo("2015-09-30"))
                .body("version", equalTo(1));
        given().contentType("application/merge-patch+json").body(Map.of("lastName", "Veraltet", "version", 0))
                .when().patch(SPONSORS + "/" + id).then().statusCode(409);
        given().contentType("application/merge-patch+json").body(Map.of("languages", List.of("rom"), "version", 1))
                .when().patch(SPONSORS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("languages[0]"));
        given().contentType("application/merge-patch+json").body(Map.of("lastName", "Ohne Version"))
                .when().patch(SPONSORS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().when().get(SPONSORS + "/" + id).then().body("lastName", equalTo("Patch")).body("version", equalTo(1));
    }

    @Test
    void deletesSponsor() {
        String id = create(sponsor("Anna", "Kurzlebig", uniqueDistrict()));
        given().when().delete(SPONSORS + "/" + id).then().statusCode(204);
        given().when().get(SPONSORS + "/" + id).then().statusCode(404);
        given().when().delete(SPONSORS + "/" + id).then().statusCode(404);
    }

    @Test
    void projectWithSponsorsCannotBeDeleted() {
        String projectId = createProject();
        Map<String, Object> body = sponsor("Anna", "Treu", uniqueDistrict());
        body.put("projectId", projectId);
        String id = create(body);

        given().when().delete("/api/v1/projects/" + projectId)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:in-use"))
                .body("detail", containsString("sponsors still refer to it"));
        given().when().get("/api/v1/projects/" + projectId).then().statusCode(200);

        given().when().delete(SPONSORS + "/" + id).then().statusCode(204);
        given().when().delete("/api/v1/projects/" + projectId).then().statusCode(204);
    }

    @Test
    void answers404ForUnknownSponsors() {
        String unknown = SPONSORS + "/" + UUID.randomUUID();
        given().when().get(unknown)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:not-found"));
        Map<String, Object> body = sponsor("Anna", "Niemand", uniqueDistrict());
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).when().put(unknown).then().statusCode(404);
        given().contentType("application/merge-patch+json").body(Map.of("version", 0)).when().patch(unknown).then().statusCode(404);
        given().when().delete(unknown).then().statusCode(404);
    }
}
