package de.lotse.association;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssociationResourceTest extends ApiTest {

    private static final String ASSOCIATIONS = "/api/v1/associations";

    static String marker() {
        return "Zq" + UUID.randomUUID().toString().substring(0, 6);
    }

    static Map<String, Object> association(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "MIGRANT_ORGANISATION");
        body.put("fields", List.of("CULTURE", "EDUCATION"));
        body.put("contactName", "Ana Beispiel");
        body.put("email", "kontakt@kulturverein.example.org");
        body.put("phone", "+49 7141 000000");
        body.put("address", "Marktplatz 1, 71634 Ludwigsburg");
        body.put("district", "Oststadt");
        body.put("languages", List.of("ro", "de"));
        body.put("memberCount", 45);
        body.put("website", "https://kulturverein.example.org");
        body.put("notes", "Needs rooms for heritage-language teaching.");
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(ASSOCIATIONS)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createsAssociationWith201LocationAndStoredBody() {
        String name = marker() + " Deutsch-Rumänischer Kulturverein";
        String location = given().contentType(ContentType.JSON).body(association(name))
                .when().post(ASSOCIATIONS)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("name", equalTo(name))
                .body("fields", contains("CULTURE", "EDUCATION"))
                .body("languages", contains("ro", "de"))
                .body("active", equalTo(true))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("kind", equalTo("MIGRANT_ORGANISATION"))
                .body("district", equalTo("Oststadt"))
                .body("memberCount", equalTo(45))
                .body("email", equalTo("kontakt@kulturverein.example.org"));
    }

    @Test
    void appliesDefaultsForOmittedOptionalFields() {
        given().contentType(ContentType.JSON).body(Map.of("name", marker() + " Minimal", "kind", "CLUB"))
                .when().post(ASSOCIATIONS)
                .then().statusCode(201)
                .body("active", equalTo(true))
                .body("fields", empty())
                .body("languages", empty())
                .body("memberCount", nullValue())
                .body("email", nullValue());
    }

    @Test
    void ignoresReadOnlyFieldsInTheBody() {
        Map<String, Object> body = association(marker() + " Read-only");
        body.put("id", "00000000-0000-7000-8000-000000000000");
        body.put("createdAt", "2000-01-01T00:00:00Z");
        given().contentType(ContentType.JSON).body(body)
                .when().post(ASSOCIATIONS)
                .then().statusCode(201)
                .body("id", not(equalTo("00000000-0000-7000-8000-000000000000")))
                .body("createdAt", not(startsWith("2000")));
    }

    @Test
    void rejectsUnknownPropertyNamingIt() {
        Map<String, Object> body = association(marker() + " Unknown");
        body.put("founded", 1990);
        given().contentType(ContentType.JSON).body(body)
                .when().post(ASSOCIATIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("founded"))
                .body("violations[0].message", equalTo("unknown property"));
    }

    @Test
    void rejectsInvalidFieldsWithViolationsAndStoresNothing() {
        String marker = marker();
        Map<String, Object> body = association(marker + " Invalid");
        body.put("name", " ");
        body.put("contactName", marker);
        body.remove("kind");
        body.put("email", "not-an-email");
        body.put("languages", List.of("ro", "RO"));
        body.put("memberCount", -1);
        given().contentType(ContentType.JSON).body(body)
                .when().post(ASSOCIATIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:validation"))
                .body("detail", equalTo("5 fields are invalid"))
                .body("violations.field", contains("email", "kind", "languages[1]", "memberCount", "name"))
                .body("instance", equalTo(ASSOCIATIONS));
        given().queryParam("q", marker).when().get(ASSOCIATIONS).then().body("total", equalTo(0));
    }

    @Test
    void rejectsUnknownEnumValuesInTheBody() {
        Map<String, Object> badKind = association(marker() + " Bad kind");
        badKind.put("kind", "PARTY");
        given().contentType(ContentType.JSON).body(badKind)
                .when().post(ASSOCIATIONS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("must be one of MIGRANT_ORGANISATION"));
        Map<String, Object> badField = association(marker() + " Bad field");
        badField.put("fields", List.of("CULTURE", "POLITICS"));
        given().contentType(ContentType.JSON).body(badField)
                .when().post(ASSOCIATIONS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("fields[1]"));
    }

    @Test
    void rejectsDuplicateNameWith409() {
        String name = marker() + " Caritas";
        create(association(name));
        given().contentType(ContentType.JSON).body(association(name))
                .when().post(ASSOCIATIONS)
                .then().statusCode(409)
                .body("type", equalTo("urn:lotse:problem:duplicate"))
                .body("violations[0].field", equalTo("name"));
        String other = create(association(name + " 2"));
        Map<String, Object> rename = association(name);
        rename.put("version", 0);
        given().contentType(ContentType.JSON).body(rename)
                .when().put(ASSOCIATIONS + "/" + other)
                .then().statusCode(409)
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void searchIsCaseAndAccentInsensitiveOverNameContactDistrictAndAddress() {
        String marker = marker();
        create(association(marker + " Türkischer Elternverein Müller"));
        Map<String, Object> byContact = association(marker + " Kontakt");
        byContact.put("contactName", "Jörg Übelhör");
        create(byContact);
        Map<String, Object> byDistrict = association(marker + " Bezirk");
        byDistrict.put("district", "Grünbühl-Sonnenberg");
        create(byDistrict);
        Map<String, Object> byAddress = association(marker + " Adresse");
        byAddress.put("address", "Schloßstraße 9");
        create(byAddress);

        given().queryParam("q", marker.toLowerCase() + " turkischer elternverein muller").when().get(ASSOCIATIONS)
                .then().statusCode(200).body("total", equalTo(1));
        given().queryParam("q", "MÜLLER").queryParam("size", 100).when().get(ASSOCIATIONS)
                .then().body("items.name", hasItem(marker + " Türkischer Elternverein Müller"));
        given().queryParam("q", "ubelhor").queryParam("size", 100).when().get(ASSOCIATIONS)
                .then().body("items.name", hasItem(marker + " Kontakt"));
        given().queryParam("q", "grunbuhl").queryParam("size", 100).when().get(ASSOCIATIONS)
                .then().body("items.name", hasItem(marker + " Bezirk"));
        given().queryParam("q", "SCHLOSSSTRASSE 9").queryParam("size", 100).when().get(ASSOCIATIONS)
                .then().body("items.name", hasItem(marker + " Adresse"));
        given().queryParam("q", "%").when().get(ASSOCIATIONS).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void filtersByKindFieldDistrictLanguageAndActive() {
        String marker = marker();
        create(association(marker + " A"));
        Map<String, Object> club = association(marker + " B");
        club.put("kind", "CLUB");
        club.put("fields", List.of("SPORT"));
        club.put("district", "Weststadt");
        club.put("languages", List.of("ar"));
        club.put("active", false);
        create(club);

        given().queryParam("q", marker).queryParam("kind", "CLUB").when().get(ASSOCIATIONS)
                .then().statusCode(200).body("items.name", contains(marker + " B"));
        given().queryParam("q", marker).queryParam("field", "SPORT").when().get(ASSOCIATIONS)
                .then().body("items.name", contains(marker + " B"))
                .body("items.fields", everyItem(hasItem("SPORT")));
        given().queryParam("q", marker).queryParam("field", "CULTURE").when().get(ASSOCIATIONS)
                .then().body("items.name", contains(marker + " A"));
        given().queryParam("q", marker).queryParam("district", "oststadt").when().get(ASSOCIATIONS)
                .then().body("items.name", contains(marker + " A"));
        given().queryParam("q", marker).queryParam("language", "ar").when().get(ASSOCIATIONS)
                .then().body("items.name", contains(marker + " B"));
        given().queryParam("q", marker).queryParam("language", "ro").when().get(ASSOCIATIONS)
                .then().body("items.name", contains(marker + " A"));
        given().queryParam("q", marker).queryParam("active", false).when().get(ASSOCIATIONS)
                .then().body("items.name", contains(marker + " B"));
        given().queryParam("q", marker).queryParam("active", true).when().get(ASSOCIATIONS)
                .then().body("items.name", contains(marker + " A"));
    }

    @Test
    void sortsAscendingAndDescendingAndPages() {
        String marker = marker();
        Map<String, Object> small = association(marker + " Ölberg-Verein");
        small.put("memberCount", 12);
        create(small);
        Map<String, Object> big = association(marker + " Arbeiterwohlfahrt");
        big.put("memberCount", 300);
        create(big);
        Map<String, Object> middle = association(marker + " Zukunftswerkstatt");
        middle.put("memberCount", 40);
        create(middle);

        given().queryParam("q", marker).when().get(ASSOCIATIONS)
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.name", contains(marker + " Arbeiterwohlfahrt", marker + " Ölberg-Verein", marker + " Zukunftswerkstatt"));
        given().queryParam("q", marker).queryParam("sort", "-name").when().get(ASSOCIATIONS)
                .then().body("items.name", contains(marker + " Zukunftswerkstatt", marker + " Ölberg-Verein", marker + " Arbeiterwohlfahrt"));
        given().queryParam("q", marker).queryParam("sort", "memberCount").when().get(ASSOCIATIONS)
                .then().body("items.memberCount", contains(12, 40, 300));
        given().queryParam("q", marker).queryParam("sort", "-memberCount").when().get(ASSOCIATIONS)
                .then().body("items.memberCount", contains(300, 40, 12));
        given().queryParam("q", marker).queryParam("sort", "kind,district,-createdAt").when().get(ASSOCIATIONS)
                .then().statusCode(200).body("total", equalTo(3));
        given().queryParam("q", marker).queryParam("sort", "memberCount").queryParam("size", 2).queryParam("page", 1)
                .when().get(ASSOCIATIONS)
                .then().body("total", equalTo(3)).body("page", equalTo(1)).body("items", hasSize(1))
                .body("items[0].memberCount", equalTo(300));
    }

    @Test
    void rejectsBadListParametersWith400() {
        given().queryParam("active", "yes").when().get(ASSOCIATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("active"))
                .body("violations[0].in", equalTo("query"))
                .body("violations[0].message", equalTo("must be true or false"));
        given().queryParam("size", 101).when().get(ASSOCIATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("size"))
                .body("violations[0].in", equalTo("query"));
        given().queryParam("sort", "email").when().get(ASSOCIATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"))
                .body("violations[0].message", containsString("unknown sort field 'email'"));
        given().queryParam("kind", "PARTY").when().get(ASSOCIATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        given().queryParam("field", "POLITICS").when().get(ASSOCIATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("field"));
        given().queryParam("language", "rom").when().get(ASSOCIATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("language"))
                .body("violations[0].in", equalTo("query"));
        given().queryParam("language", "RO").when().get(ASSOCIATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("language"));
    }

    @Test
    void replacesWithCurrentVersionAndRejectsStaleVersion() {
        String name = marker() + " Before";
        String id = create(association(name));
        Map<String, Object> update = association(name);
        update.put("district", "Weststadt");
        update.put("version", 0);
        given().contentType(ContentType.JSON).body(update)
                .when().put(ASSOCIATIONS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("district", equalTo("Weststadt")).body("version", equalTo(1));

        update.put("district", "Lost update");
        given().contentType(ContentType.JSON).body(update)
                .when().put(ASSOCIATIONS + "/" + id)
                .then().statusCode(409)
                .body("type", equalTo("urn:lotse:problem:version-conflict"))
                .body("currentVersion", equalTo(1));
        given().when().get(ASSOCIATIONS + "/" + id).then().body("district", equalTo("Weststadt")).body("version", equalTo(1));
    }

    @Test
    void replaceAcceptsIfMatchAndRequiresSomeVersion() {
        String name = marker() + " If-Match";
        String id = create(association(name));
        Map<String, Object> update = association(name);
        update.put("memberCount", 50);
        given().contentType(ContentType.JSON).body(update)
                .when().put(ASSOCIATIONS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .when().put(ASSOCIATIONS + "/" + id)
                .then().statusCode(200).body("memberCount", equalTo(50));
        update.put("memberCount", 60);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .when().put(ASSOCIATIONS + "/" + id)
                .then().statusCode(409);
        given().when().get(ASSOCIATIONS + "/" + id).then().body("memberCount", equalTo(50));
    }

    @Test
    void mergePatchChangesOnlySentFields() {
        String name = marker() + " Patch me";
        String id = create(association(name));
        given().contentType("application/merge-patch+json")
                .body("{\"active\": false, \"notes\": null, \"languages\": [\"ar\"], \"version\": 0}")
                .when().patch(ASSOCIATIONS + "/" + id)
                .then().statusCode(200)
                .body("active", equalTo(false))
                .body("notes", nullValue())
                .body("languages", contains("ar"))
                .body("name", equalTo(name))
                .body("fields", contains("CULTURE", "EDUCATION"))
                .body("version", equalTo(1));
        given().contentType("application/merge-patch+json").body(Map.of("email", "nope", "version", 1))
                .when().patch(ASSOCIATIONS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("email"));
        given().contentType("application/merge-patch+json").body(Map.of("memberCount", 3, "version", 0))
                .when().patch(ASSOCIATIONS + "/" + id)
                .then().statusCode(409);
        given().when().get(ASSOCIATIONS + "/" + id).then().body("version", equalTo(1)).body("memberCount", equalTo(45));
    }

    @Test
    void deletesAssociationAndAnswers404Afterwards() {
        String id = create(association(marker() + " Short-lived"));
        given().when().delete(ASSOCIATIONS + "/" + id).then().statusCode(204);
        given().when().get(ASSOCIATIONS + "/" + id).then().statusCode(404)
                .body("type", equalTo("urn:lotse:problem:not-found"));
        given().when().delete(ASSOCIATIONS + "/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(association(marker() + " Gone")).header("If-Match", "\"0\"")
                .when().put(ASSOCIATIONS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void refusesToDeleteAnAssociationThatHostsAMeeting() {
        String name = marker() + " Host";
        String id = create(association(name));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Kamingespräch", "format", "FIRESIDE_TALK", "startsAt", "2021-06-10T16:00:00Z",
                        "hostAssociationId", id))
                .when().post("/api/v1/network-meetings").then().statusCode(201);
        given().when().delete(ASSOCIATIONS + "/" + id)
                .then().statusCode(409)
                .body("type", equalTo("urn:lotse:problem:in-use"))
                .body("detail", equalTo("Association " + name + " cannot be deleted: network meetings still refer to it."
                        + " Delete or reassign them first."));
        given().when().get(ASSOCIATIONS + "/" + id).then().statusCode(200);
    }

    @Test
    void refusesToDeleteAnAssociationThatParticipatesInAMeeting() {
        String name = marker() + " Participant";
        String id = create(association(name));
        String meeting = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Netzwerktreffen", "format", "NETWORK_MEETING", "startsAt", "2021-10-05T15:00:00Z"))
                .when().post("/api/v1/network-meetings").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("associationId", id))
                .when().post("/api/v1/network-meetings/" + meeting + "/participants").then().statusCode(201);
        given().when().delete(ASSOCIATIONS + "/" + id)
                .then().statusCode(409)
                .body("detail", containsString("meeting participants still refer to it"));
        given().when().get(ASSOCIATIONS + "/" + id).then().statusCode(200);
    }
}
