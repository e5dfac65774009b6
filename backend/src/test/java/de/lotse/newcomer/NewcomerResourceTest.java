package de.lotse.newcomer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lotse.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NewcomerResourceTest extends ApiTest {

    private static final String NEWCOMERS = "/api/v1/newcomers";

    /** A district no other test uses: filtering by it sees only this test's newcomers. */
    static String uniqueDistrict() {
        return "Quartier-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> newcomer(String firstName, String lastName, String district) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("countryOfOrigin", "RO");
        body.put("languages", List.of("ro", "en"));
        body.put("arrivalDate", "2026-01-15");
        body.put("district", district);
        body.put("accommodation", "Anschlussunterbringung Fuchshofstraße");
        body.put("householdSize", 4);
        body.put("needs", List.of("SCHOOL", "AUTHORITIES"));
        body.put("residenceStatus", "EU_FREE_MOVEMENT");
        body.put("status", "WAITING");
        body.put("consentGivenAt", "2026-03-01T09:30:00Z");
        body.put("email", "elena.popescu@example.org");
        body.put("phone", "+49 7141 654321");
        body.put("notes", "Two children of school age.");
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(NEWCOMERS)
                .then().statusCode(201).extract().path("id");
    }

    static String createProject() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", "N" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "name", "Willkommen in Ludwigsburg", "status", "RUNNING"))
                .when().post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createsNewcomerWith201LocationAndStoredBody() {
        String projectId = createProject();
        Map<String, Object> body = newcomer("Elena", "Popescu", uniqueDistrict());
        body.put("projectId", projectId);
        String location = given().contentType(ContentType.JSON).body(body)
                .when().post(NEWCOMERS)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("lastName", equalTo("Popescu"))
                .body("countryOfOrigin", equalTo("RO"))
                .body("languages", contains("ro", "en"))
                .body("needs", contains("SCHOOL", "AUTHORITIES"))
                .body("householdSize", equalTo(4))
                .body("projectId", equalTo(projectId))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("arrivalDate", equalTo("2026-01-15"))
                .body("accommodation", equalTo("Anschlussunterbringung Fuchshofstraße"))
                .body("residenceStatus", equalTo("EU_FREE_MOVEMENT"))
                .body("status", equalTo("WAITING"))
                .body("consentGivenAt", equalTo("2026-03-01T09:30:00Z"))
                .body("email", equalTo("elena.popescu@example.org"));
    }

    @Test
    void appliesDefaultsForHouseholdSizeResidenceStatusAndStatus() {
        given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "Ali", "lastName", "Minimal"))
                .when().post(NEWCOMERS)
                .then().statusCode(201)
                .body("householdSize", equalTo(1))
                .body("residenceStatus", equalTo("UNKNOWN"))
                .body("status", equalTo("WAITING"))
                .body("languages", empty())
                .body("needs", empty())
                .body("countryOfOrigin", nullValue());
    }

    @Test
    void rejectsUnknownPropertyNamingIt() {
        Map<String, Object> body = newcomer("Elena", "Popescu", uniqueDistrict());
        body.put("religion", "none");
        given().contentType(ContentType.JSON).body(body)
                .when().post(NEWCOMERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("religion"))
                .body("violations[0].message", equalTo("unknown property"));
    }

    @Test
    void rejectsInvalidFieldsWithViolationsAndStoresNothing() {
        String district = uniqueDistrict();
        Map<String, Object> body = newcomer("Elena", "Popescu", district);
        body.put("email", "elena at example");
        body.put("householdSize", 31);
        body.put("countryOfOrigin", "Romania");
        body.remove("lastName");
        given().contentType(ContentType.JSON).body(body)
                .when().post(NEWCOMERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("4 fields are invalid"))
                .body("violations.field", contains("countryOfOrigin", "email", "householdSize", "lastName"))
                .body("instance", equalTo(NEWCOMERS));
        body.put("lastName", "Popescu");
        body.put("email", "elena.popescu@example.org");
        body.put("householdSize", 0);
        body.put("countryOfOrigin", "ro");
        given().contentType(ContentType.JSON).body(body)
                .when().post(NEWCOMERS)
                .then().statusCode(400)
                .body("violations.field", contains("countryOfOrigin", "householdSize"));
        given().queryParam("district", district).when().get(NEWCOMERS).then().body("total", equalTo(0));
    }

    @Test
    void rejectsLanguageCodesThatAreNotIso6391() {
        Map<String, Object> body = newcomer("Elena", "Popescu", uniqueDistrict());
        body.put("languages", List.of("rom"));
        given().contentType(ContentType.JSON).body(body)
                .when().post(NEWCOMERS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("languages[0]"))
                .body("violations[0].message", containsString("ISO 639-1"));
    }

    @Test
    void rejectsUnknownNeedsAndResidenceStatusesNamingThem() {
        Map<String, Object> body = newcomer("Elena", "Popescu", uniqueDistrict());
        body.put("needs", List.of("SCHOOL", "MONEY"));
        given().contentType(ContentType.JSON).body(body)
                .when().post(NEWCOMERS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("needs[1]"))
                .body("violations[0].message", containsString("LANGUAGE_COURSE"));
        body.put("needs", List.of("SCHOOL"));
        body.put("residenceStatus", "ASYLUM");
        given().contentType(ContentType.JSON).body(body)
                .when().post(NEWCOMERS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("residenceStatus"));
    }

    @Test
    void storesEachNeedOnce() {
        Map<String, Object> body = newcomer("Elena", "Popescu", uniqueDistrict());
        body.put("needs", List.of("HOUSING", "WORK", "HOUSING"));
        given().contentType(ContentType.JSON).body(body)
                .when().post(NEWCOMERS)
                .then().statusCode(201)
                .body("needs", contains("HOUSING", "WORK"));
    }

    @Test
    void rejectsDanglingProjectIdNamingIt() {
        String district = uniqueDistrict();
        Map<String, Object> body = newcomer("Elena", "Popescu", district);
        body.put("projectId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(body)
                .when().post(NEWCOMERS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("projectId"));
        given().queryParam("district", district).when().get(NEWCOMERS).then().body("total", equalTo(0));
    }

    @Test
    void listsNewcomersByDistrictAndLanguage() {
        String district = uniqueDistrict();
        create(newcomer("Elena", "Popescu", district));
        Map<String, Object> arabic = newcomer("Samir", "Haddad", district);
        arabic.put("languages", List.of("ar"));
        arabic.put("countryOfOrigin", "SY");
        create(arabic);
        create(newcomer("Ion", "Anderswo", uniqueDistrict()));

        given().queryParam("district", district).when().get(NEWCOMERS)
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.lastName", contains("Haddad", "Popescu"));
        given().queryParam("district", district.toUpperCase()).queryParam("language", "ro").when().get(NEWCOMERS)
                .then().body("total", equalTo(1)).body("items.lastName", contains("Popescu"));
        given().queryParam("district", district).queryParam("language", "ar").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Haddad"));
        given().queryParam("district", district).queryParam("language", "fr").when().get(NEWCOMERS)
                .then().body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void answersTheExampleQueryOfTheApiConventions() {
        String surname = "Pop" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> earlier = newcomer("Ana", surname, "Oststadt");
        earlier.put("arrivalDate", "2025-05-01");
        create(earlier);
        Map<String, Object> later = newcomer("Mihai", surname, "Oststadt");
        later.put("arrivalDate", "2025-11-01");
        create(later);
        Map<String, Object> otherLanguage = newcomer("Olga", surname, "Oststadt");
        otherLanguage.put("languages", List.of("uk"));
        create(otherLanguage);
        create(newcomer("Ioana", surname, "Weststadt"));

        given().when().get(NEWCOMERS + "?q=pop&district=Oststadt&language=ro&sort=lastName,-arrivalDate&page=0&size=20")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", greaterThanOrEqualTo(2))
                .body("items.district", everyItem(equalTo("Oststadt")))
                .body("items.languages", everyItem(hasItem("ro")))
                .body("items.findAll { it.lastName == '" + surname + "' }.firstName", contains("Mihai", "Ana"));
    }

    @Test
    void searchesCaseAndAccentInsensitivelyOverNamesDistrictAndAccommodation() {
        String district = uniqueDistrict();
        create(newcomer("Jürgen", "Müller", district));
        Map<String, Object> other = newcomer("Amal", "Nasser", district);
        other.put("accommodation", "Gemeinschaftsunterkunft Schwieberdinger Straße");
        create(other);

        given().queryParam("district", district).queryParam("q", "muller").when().get(NEWCOMERS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].lastName", equalTo("Müller"));
        given().queryParam("district", district).queryParam("q", "MÜLLER").when().get(NEWCOMERS)
                .then().body("total", equalTo(1)).body("items[0].lastName", equalTo("Müller"));
        given().queryParam("district", district).queryParam("q", "schwieberdinger").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Nasser"));
        given().queryParam("district", district).queryParam("q", "fuchshofstrasse").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Müller"));
        given().queryParam("q", district.toLowerCase()).when().get(NEWCOMERS)
                .then().body("total", equalTo(2));
    }

    @Test
    void searchNeverMatchesResidenceStatusOrEmail() {
        String district = uniqueDistrict();
        Map<String, Object> body = newcomer("Amal", "Nasser", district);
        body.put("residenceStatus", "TOLERATION");
        create(body);

        given().queryParam("district", district).queryParam("q", "toleration").when().get(NEWCOMERS)
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("district", district).queryParam("q", "elena.popescu@").when().get(NEWCOMERS)
                .then().body("total", equalTo(0));
        given().queryParam("district", district).queryParam("residenceStatus", "TOLERATION").when().get(NEWCOMERS)
                .then().body("total", equalTo(1));
    }

    @Test
    void filtersByStatusCountryNeedResidenceStatusProjectAndArrival() {
        String district = uniqueDistrict();
        String projectId = createProject();
        Map<String, Object> romanian = newcomer("Elena", "Popescu", district);
        romanian.put("projectId", projectId);
        romanian.put("arrivalDate", "2025-03-01");
        create(romanian);
        Map<String, Object> syrian = newcomer("Samir", "Haddad", district);
        syrian.put("countryOfOrigin", "SY");
        syrian.put("languages", List.of("ar"));
        syrian.put("needs", List.of("HOUSING", "LANGUAGE_COURSE"));
        syrian.put("residenceStatus", "PERMISSION_TO_STAY");
        syrian.put("status", "MATCHED");
        syrian.put("arrivalDate", "2025-09-01");
        create(syrian);

        given().queryParam("district", district).queryParam("status", "MATCHED").when().get(NEWCOMERS)
                .then().statusCode(200).body("items.lastName", contains("Haddad"));
        given().queryParam("district", district).queryParam("countryOfOrigin", "RO").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Popescu"));
        given().queryParam("district", district).queryParam("need", "LANGUAGE_COURSE").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Haddad"));
        given().queryParam("district", district).queryParam("need", "SCHOOL").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Popescu"));
        given().queryParam("district", district).queryParam("residenceStatus", "PERMISSION_TO_STAY").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Haddad"));
        given().queryParam("projectId", projectId).when().get(NEWCOMERS)
                .then().body("total", equalTo(1)).body("items.lastName", contains("Popescu"));
        given().queryParam("district", district).queryParam("arrivedFrom", "2025-06-01").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Haddad"));
        given().queryParam("district", district).queryParam("arrivedTo", "2025-06-01").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Popescu"));
        given().queryParam("district", district).queryParam("arrivedFrom", "2025-03-01").queryParam("arrivedTo", "2025-09-01")
                .when().get(NEWCOMERS)
                .then().body("items.lastName", containsInAnyOrder("Popescu", "Haddad"));
    }

    @Test
    void sortsByArrivalDateAndCountryAscendingAndDescending() {
        String district = uniqueDistrict();
        Map<String, Object> first = newcomer("Ana", "Zamfir", district);
        first.put("arrivalDate", "2024-02-01");
        first.put("countryOfOrigin", "BG");
        create(first);
        Map<String, Object> second = newcomer("Bogdan", "Ionescu", district);
        second.put("arrivalDate", "2025-02-01");
        second.put("countryOfOrigin", "UA");
        create(second);
        Map<String, Object> third = newcomer("Cem", "Öztürk", district);
        third.put("arrivalDate", "2026-02-01");
        third.put("countryOfOrigin", "TR");
        create(third);

        given().queryParam("district", district).queryParam("sort", "arrivalDate").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Zamfir", "Ionescu", "Öztürk"));
        given().queryParam("district", district).queryParam("sort", "-arrivalDate").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Öztürk", "Ionescu", "Zamfir"));
        given().queryParam("district", district).queryParam("sort", "countryOfOrigin").when().get(NEWCOMERS)
                .then().body("items.countryOfOrigin", contains("BG", "TR", "UA"));
        given().queryParam("district", district).queryParam("sort", "-countryOfOrigin").when().get(NEWCOMERS)
                .then().body("items.countryOfOrigin", contains("UA", "TR", "BG"));
        given().queryParam("district", district).queryParam("sort", "lastName").when().get(NEWCOMERS)
                .then().body("items.lastName", contains("Ionescu", "Öztürk", "Zamfir"));
        given().queryParam("district", district).queryParam("sort", "-firstName").when().get(NEWCOMERS)
                .then().body("items.firstName", contains("Cem", "Bogdan", "Ana"));
    }

    @Test
    void pagesWithTotal() {
        String district = uniqueDistrict();
        create(newcomer("Ana", "Alpha", district));
        create(newcomer("Ana", "Beta", district));
        create(newcomer("Ana", "Gamma", district));

        given().queryParam("district", district).queryParam("size", 2).when().get(NEWCOMERS)
                .then().body("total", equalTo(3)).body("items.lastName", contains("Alpha", "Beta"));
        given().queryParam("district", district).queryParam("size", 2).queryParam("page", 1).when().get(NEWCOMERS)
                .then().body("total", equalTo(3)).body("page", equalTo(1)).body("items", hasSize(1))
                .body("items[0].lastName", equalTo("Gamma"));
    }

    @Test
    void rejectsBadListParametersWith400() {
        given().queryParam("size", 101).when().get(NEWCOMERS)
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().queryParam("sort", "residenceStatus").when().get(NEWCOMERS)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"))
                .body("violations[0].message", containsString("unknown sort field 'residenceStatus'"));
        given().queryParam("status", "LOST").when().get(NEWCOMERS)
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().queryParam("need", "MONEY").when().get(NEWCOMERS)
                .then().statusCode(400).body("violations[0].field", equalTo("need"));
        given().queryParam("residenceStatus", "ASYLUM").when().get(NEWCOMERS)
                .then().statusCode(400).body("violations[0].field", equalTo("residenceStatus"));
        given().queryParam("arrivedFrom", "01.01.2025").when().get(NEWCOMERS)
                .then().statusCode(400).body("violations[0].field", equalTo("arrivedFrom"));
        given().queryParam("arrivedFrom", "2025-06-01").queryParam("arrivedTo", "2025-01-01").when().get(NEWCOMERS)
                .then().statusCode(400).body("violations[0].field", equalTo("arrivedTo"));
        given().queryParam("projectId", "42").when().get(NEWCOMERS)
                .then().statusCode(400).body("violations[0].field", equalTo("projectId"));
        given().queryParam("countryOfOrigin", "ROU").when().get(NEWCOMERS)
                .then().statusCode(400).body("violations[0].field", equalTo("countryOfOrigin"));
        given().queryParam("language", "rom").when().get(NEWCOMERS)
                .then().statusCode(400).body("violations[0].field", equalTo("language"));
    }

    @Test
    void replacesWithCurrentVersionAndRejectsStaleVersion() {
        String district = uniqueDistrict();
        String id = create(newcomer("Elena", "Vorher", district));
        Map<String, Object> update = newcomer("Elena", "Nachher", district);
        update.put("version", 0);
        update.remove("residenceStatus");
        update.remove("householdSize");
        given().contentType(ContentType.JSON).body(update)
                .when().put(NEWCOMERS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("lastName", equalTo("Nachher")).body("version", equalTo(1))
                .body("residenceStatus", equalTo("UNKNOWN"))
                .body("householdSize", equalTo(1));

        update.put("lastName", "Verloren");
        given().contentType(ContentType.JSON).body(update)
                .when().put(NEWCOMERS + "/" + id)
                .then().statusCode(409)
                .body("type", equalTo("urn:lotse:problem:version-conflict"))
                .body("currentVersion", equalTo(1));
        given().when().get(NEWCOMERS + "/" + id).then().body("lastName", equalTo("Nachher")).body("version", equalTo(1));
    }

    @Test
    void replaceAcceptsIfMatchAndRequiresSomeVersion() {
        String district = uniqueDistrict();
        String id = create(newcomer("Elena", "Vorher", district));
        given().contentType(ContentType.JSON).body(newcomer("Elena", "Ohne Version", district))
                .when().put(NEWCOMERS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(newcomer("Elena", "Per If-Match", district))
                .when().put(NEWCOMERS + "/" + id)
                .then().statusCode(200).body("lastName", equalTo("Per If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(newcomer("Elena", "Veraltet", district))
                .when().put(NEWCOMERS + "/" + id)
                .then().statusCode(409);
        given().when().get(NEWCOMERS + "/" + id).then().body("lastName", equalTo("Per If-Match"));
    }

    @Test
    void mergePatchChangesOnlySentFields() {
        String id = create(newcomer("Elena", "Patch", uniqueDistrict()));
        given().contentType("application/merge-patch+json")
                .body("{\"status\": \"MATCHED\", \"needs\": [\"WORK\"], \"residenceStatus\": null, \"notes\": null, \"version\": 0}")
                .when().patch(NEWCOMERS + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("MATCHED"))
                .body("needs", contains("WORK"))
                .body("residenceStatus", equalTo("UNKNOWN"))
                .body("notes", nullValue())
                .body("lastName", equalTo("Patch"))
                .body("languages", contains("ro", "en"))
                .body("householdSize", equalTo(4))
                .body("version", equalTo(1));
        given().contentType("application/merge-patch+json").body(Map.of("status", "FINISHED", "version", 0))
                .when().patch(NEWCOMERS + "/" + id).then().statusCode(409);
        given().contentType("application/merge-patch+json").body(Map.of("countryOfOrigin", "Romania", "version", 1))
                .when().patch(NEWCOMERS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("countryOfOrigin"));
        given().when().get(NEWCOMERS + "/" + id).then().body("status", equalTo("MATCHED")).body("version", equalTo(1));
    }

    @Test
    void deletesNewcomer() {
        String id = create(newcomer("Elena", "Kurzlebig", uniqueDistrict()));
        given().when().delete(NEWCOMERS + "/" + id).then().statusCode(204);
        given().when().get(NEWCOMERS + "/" + id).then().statusCode(404);
        given().when().delete(NEWCOMERS + "/" + id).then().statusCode(404);
    }

    @Test
    void projectWithNewcomersCannotBeDeleted() {
        String projectId = createProject();
        Map<String, Object> body = newcomer("Elena", "Treu", uniqueDistrict());
        body.put("projectId", projectId);
        String id = create(body);

        given().when().delete("/api/v1/projects/" + projectId)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:in-use"))
                .body("detail", containsString("newcomers still refer to it"));
        given().when().get("/api/v1/projects/" + projectId).then().statusCode(200);

        given().when().delete(NEWCOMERS + "/" + id).then().statusCode(204);
        given().when().delete("/api/v1/projects/" + projectId).then().statusCode(204);
    }

    @Test
    void answers404ForUnknownNewcomers() {
        String unknown = NEWCOMERS + "/" + UUID.randomUUID();
        given().when().get(unknown)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:not-found"));
        Map<String, Object> body = newcomer("Elena", "Niemand", uniqueDistrict());
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).when().put(unknown).then().statusCode(404);
        given().contentType("application/merge-patch+json").body(Map.of("version", 0)).when().patch(unknown).then().statusCode(404);
        given().when().delete(unknown).then().statusCode(404);
    }

    @Test
    void writesNoPersonalDataToTheLog() throws Exception {
        String surname = "Logtest" + UUID.randomUUID().toString().substring(0, 8);
        String email = surname.toLowerCase() + "@example.org";
        String projectId = createProject();
        Map<String, Object> body = newcomer("Amal", surname, uniqueDistrict());
        body.put("email", email);
        body.put("residenceStatus", "TOLERATION");
        body.put("projectId", projectId);
        String id = create(body);

        // Provoke every kind of refusal with the personal data in the request.
        Map<String, Object> stale = new HashMap<>(body);
        stale.put("version", 7);
        given().contentType(ContentType.JSON).body(stale).when().put(NEWCOMERS + "/" + id).then().statusCode(409);
        Map<String, Object> invalid = new HashMap<>(body);
        invalid.put("email", surname + " at example");
        invalid.put("version", 0);
        given().contentType(ContentType.JSON).body(invalid).when().put(NEWCOMERS + "/" + id).then().statusCode(400);
        given().contentType(ContentType.JSON).body(invalid).when().post(NEWCOMERS).then().statusCode(400);
        Map<String, Object> unknownProperty = new HashMap<>(body);
        unknownProperty.put(surname, email);
        given().contentType(ContentType.JSON).body(unknownProperty).when().post(NEWCOMERS).then().statusCode(400);
        given().contentType("application/merge-patch+json").body(Map.of("lastName", surname, "residenceStatus", "TOLERATION", "version", 5))
                .when().patch(NEWCOMERS + "/" + id).then().statusCode(409);
        given().contentType("application/merge-patch+json").body(Map.of("lastName", surname, "householdSize", 99, "version", 0))
                .when().patch(NEWCOMERS + "/" + id).then().statusCode(400);
        given().queryParam("q", surname).queryParam("residenceStatus", "TOLERATION").queryParam("size", 500)
                .when().get(NEWCOMERS).then().statusCode(400);
        // A refused delete is logged by the database layer: it must name no person either.
        given().when().delete("/api/v1/projects/" + projectId).then().statusCode(409);

        Path log = Path.of("target", "quarkus-test.log");
        assertTrue(Files.exists(log), "file logging is enabled in the test profile");
        String written = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(written.isBlank(), "the application logs to " + log);
        assertFalse(written.contains(surname), "the log contains the newcomer's surname");
        assertFalse(written.toLowerCase().contains(email), "the log contains the newcomer's e-mail");
        assertFalse(written.contains("TOLERATION"), "the log contains a residence status");
        assertEquals(-1, written.indexOf("Failing row contains"), "the log repeats a stored row");
    }
}
