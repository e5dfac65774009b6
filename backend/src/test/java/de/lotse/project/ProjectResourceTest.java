package de.lotse.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectResourceTest extends ApiTest {

    private static final String PROJECTS = "/api/v1/projects";

    static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> project(String code, String name) {
        return Map.of("code", code, "name", name, "status", "RUNNING",
                "startDate", "2015-04-01", "endDate", "2018-03-31",
                "fundingProgramme", "VwV Integration", "funder", "Land Baden-Württemberg",
                "actionFields", List.of("CIVIC_ENGAGEMENT", "LANGUAGE_EDUCATION"), "staffSharePercent", 35);
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(PROJECTS)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createsProjectWith201LocationAndStoredBody() {
        String code = uniqueCode();
        String location = given().contentType(ContentType.JSON).body(project(code, "Willkommen in Ludwigsburg"))
                .when().post(PROJECTS)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("code", equalTo(code))
                .body("actionFields", contains("CIVIC_ENGAGEMENT", "LANGUAGE_EDUCATION"))
                .body("createdAt", notNullValue())
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Willkommen in Ludwigsburg"))
                .body("startDate", equalTo("2015-04-01"))
                .body("staffSharePercent", equalTo(35));
    }

    @Test
    void idsAreTimeOrderedUuidV7() {
        String id = create(project(uniqueCode(), "Connect"));
        org.junit.jupiter.api.Assertions.assertEquals(7, UUID.fromString(id).version());
    }

    @Test
    void ignoresReadOnlyFieldsInTheBody() {
        Map<String, Object> body = new java.util.HashMap<>(project(uniqueCode(), "Connect"));
        body.put("id", "00000000-0000-7000-8000-000000000000");
        body.put("createdAt", "2000-01-01T00:00:00Z");
        given().contentType(ContentType.JSON).body(body)
                .when().post(PROJECTS)
                .then().statusCode(201)
                .body("id", not(equalTo("00000000-0000-7000-8000-000000000000")))
                .body("createdAt", not(startsWith("2000")));
    }

    @Test
    void rejectsUnknownPropertyNamingIt() {
        Map<String, Object> body = new java.util.HashMap<>(project(uniqueCode(), "Connect"));
        body.put("budget", 5);
        given().contentType(ContentType.JSON).body(body)
                .when().post(PROJECTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:validation"))
                .body("violations[0].field", equalTo("budget"))
                .body("violations[0].message", equalTo("unknown property"));
    }

    @Test
    void rejectsInvalidFieldsWithViolationsAndStoresNothing() {
        String code = uniqueCode();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", " ", "status", "RUNNING", "staffSharePercent", 120))
                .when().post(PROJECTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("detail", equalTo("2 fields are invalid"))
                .body("violations.field", contains("name", "staffSharePercent"))
                .body("instance", equalTo(PROJECTS));
        given().queryParam("q", code).when().get(PROJECTS).then().body("total", equalTo(0));
    }

    @Test
    void rejectsEndDateBeforeStartDate() {
        Map<String, Object> body = new java.util.HashMap<>(project(uniqueCode(), "Connect"));
        body.put("endDate", "2014-01-01");
        given().contentType(ContentType.JSON).body(body)
                .when().post(PROJECTS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("endDate"));
    }

    @Test
    void rejectsMalformedBodiesAsProblems() {
        given().contentType(ContentType.JSON).body("{\"code\": \"X\",")
                .when().post(PROJECTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The request body is not valid JSON."));
        Map<String, Object> wrongType = new java.util.HashMap<>(project(uniqueCode(), "Connect"));
        wrongType.put("staffSharePercent", "viel");
        given().contentType(ContentType.JSON).body(wrongType)
                .when().post(PROJECTS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("staffSharePercent"));
        Map<String, Object> badEnum = new java.util.HashMap<>(project(uniqueCode(), "Connect"));
        badEnum.put("status", "DONE");
        given().contentType(ContentType.JSON).body(badEnum)
                .when().post(PROJECTS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", equalTo("must be one of PLANNING, RUNNING, COMPLETED"));
        Map<String, Object> badDate = new java.util.HashMap<>(project(uniqueCode(), "Connect"));
        badDate.put("startDate", "01.04.2015");
        given().contentType(ContentType.JSON).body(badDate)
                .when().post(PROJECTS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("startDate"))
                .body(not(containsString("java.")));
    }

    @Test
    void rejectsDuplicateCodeWith409() {
        String code = uniqueCode();
        create(project(code, "First"));
        given().contentType(ContentType.JSON).body(project(code, "Second"))
                .when().post(PROJECTS)
                .then().statusCode(409)
                .body("type", equalTo("urn:lotse:problem:duplicate"))
                .body("violations[0].field", equalTo("code"));
    }

    @Test
    void answersHttpErrorsAsProblems() {
        given().when().get(PROJECTS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:not-found"));
        given().when().get(PROJECTS + "/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("code=X")
                .when().post(PROJECTS)
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}")
                .when().put(PROJECTS)
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void listsWithSearchFilterSortAndPage() {
        String marker = "Zz" + UUID.randomUUID().toString().substring(0, 6);
        create(project(uniqueCode(), marker + " Müller-Stiftung Beta"));
        create(project(uniqueCode(), marker + " Alpha"));
        Map<String, Object> planning = new java.util.HashMap<>(project(uniqueCode(), marker + " Gamma"));
        planning.put("status", "PLANNING");
        planning.put("actionFields", List.of("INTERCULTURAL_OPENING"));
        create(planning);

        given().queryParam("q", marker).queryParam("sort", "-name")
                .when().get(PROJECTS)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.name", contains(marker + " Müller-Stiftung Beta", marker + " Gamma", marker + " Alpha"));
        given().queryParam("q", marker.toLowerCase() + " muller").when().get(PROJECTS)
                .then().body("total", equalTo(1));
        given().queryParam("q", "MÜLLER-stiftung").queryParam("size", 100).when().get(PROJECTS)
                .then().body("items.name", hasItem(marker + " Müller-Stiftung Beta"));
        given().queryParam("q", marker).queryParam("status", "PLANNING").when().get(PROJECTS)
                .then().body("items.name", contains(marker + " Gamma"));
        given().queryParam("q", marker).queryParam("actionField", "CIVIC_ENGAGEMENT").when().get(PROJECTS)
                .then().body("total", equalTo(2))
                .body("items.actionFields", everyItem(hasItem("CIVIC_ENGAGEMENT")));
        given().queryParam("q", marker).queryParam("sort", "name").queryParam("size", 2).queryParam("page", 1)
                .when().get(PROJECTS)
                .then().body("total", equalTo(3)).body("items", hasSize(1))
                .body("items[0].name", equalTo(marker + " Müller-Stiftung Beta"));
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        given().queryParam("q", "%").when().get(PROJECTS).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void rejectsBadListParametersWith400() {
        given().queryParam("size", 101).when().get(PROJECTS)
                .then().statusCode(400).body("violations[0].field", equalTo("size"))
                .body("violations[0].in", equalTo("query"));
        given().queryParam("sort", "budget").when().get(PROJECTS)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"))
                .body("violations[0].message", containsString("unknown sort field 'budget'"));
        given().queryParam("status", "SLEEPING").when().get(PROJECTS)
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().queryParam("activeOn", "yesterday").when().get(PROJECTS)
                .then().statusCode(400).body("violations[0].field", equalTo("activeOn"));
        given().queryParam("page", "first").when().get(PROJECTS)
                .then().statusCode(400).body("violations[0].field", equalTo("page"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void rejectsAMissingBodyWith400() {
        given().contentType(ContentType.JSON)
                .when().post(PROJECTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].in", equalTo("body"));
    }

    @Test
    void replacesWithCurrentVersionAndRejectsStaleVersion() {
        String code = uniqueCode();
        String id = create(project(code, "Before"));
        Map<String, Object> update = new java.util.HashMap<>(project(code, "After"));
        update.put("version", 0);
        given().contentType(ContentType.JSON).body(update)
                .when().put(PROJECTS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("After")).body("version", equalTo(1));

        update.put("name", "Lost update");
        given().contentType(ContentType.JSON).body(update)
                .when().put(PROJECTS + "/" + id)
                .then().statusCode(409)
                .body("type", equalTo("urn:lotse:problem:version-conflict"))
                .body("currentVersion", equalTo(1));
        given().when().get(PROJECTS + "/" + id).then().body("name", equalTo("After")).body("version", equalTo(1));
    }

    @Test
    void replaceAcceptsIfMatchAndRequiresSomeVersion() {
        String code = uniqueCode();
        String id = create(project(code, "Before"));
        given().contentType(ContentType.JSON).body(project(code, "No version"))
                .when().put(PROJECTS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(project(code, "Via If-Match"))
                .when().put(PROJECTS + "/" + id)
                .then().statusCode(200).body("name", equalTo("Via If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(project(code, "Stale If-Match"))
                .when().put(PROJECTS + "/" + id)
                .then().statusCode(409);
        given().when().get(PROJECTS + "/" + id).then().body("name", equalTo("Via If-Match"));
    }

    @Test
    void mergePatchChangesOnlySentFields() {
        String id = create(project(uniqueCode(), "Patch me"));
        given().contentType("application/merge-patch+json")
                .body(Map.of("name", "Patched", "version", 0, "funder", Map.of()))
                .when().patch(PROJECTS + "/" + id)
                .then().statusCode(400);
        given().contentType("application/merge-patch+json")
                .body("{\"name\": \"Patched\", \"description\": null, \"version\": 0}")
                .when().patch(PROJECTS + "/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Patched"))
                .body("description", nullValue())
                .body("startDate", equalTo("2015-04-01"))
                .body("actionFields", contains("CIVIC_ENGAGEMENT", "LANGUAGE_EDUCATION"))
                .body("version", equalTo(1));
    }

    @Test
    void mergePatchNeedsAVersionAndRejectsStaleOnes() {
        String id = create(project(uniqueCode(), "Patch me"));
        given().contentType("application/merge-patch+json").body(Map.of("name", "No version"))
                .when().patch(PROJECTS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("name", "First"))
                .when().patch(PROJECTS + "/" + id).then().statusCode(200);
        given().contentType("application/merge-patch+json").body(Map.of("name", "Stale", "version", 0))
                .when().patch(PROJECTS + "/" + id).then().statusCode(409);
        given().contentType("application/merge-patch+json").body(Map.of("name", "", "version", 1))
                .when().patch(PROJECTS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("name"));
        given().contentType("application/merge-patch+json").body(Map.of("colour", "red", "version", 1))
                .when().patch(PROJECTS + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("colour"));
        given().when().get(PROJECTS + "/" + id).then().body("name", equalTo("First")).body("version", equalTo(1));
    }

    @Test
    void deletesProjectWithItsMilestones() {
        String id = create(project(uniqueCode(), "Short-lived"));
        given().contentType(ContentType.JSON).body(Map.of("title", "Kick-off", "status", "PLANNED"))
                .when().post(PROJECTS + "/" + id + "/milestones").then().statusCode(201);
        given().when().delete(PROJECTS + "/" + id).then().statusCode(204);
        given().when().get(PROJECTS + "/" + id).then().statusCode(404);
        given().when().get(PROJECTS + "/" + id + "/milestones").then().statusCode(404);
        given().when().delete(PROJECTS + "/" + id).then().statusCode(404);
    }
}
