package de.lotse.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import de.lotse.support.ApiTest;
import de.lotse.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Object- and field-level access: coordinators see the people of their projects only, sponsors
 * their own profile only (others are 404, and list totals count only what the caller sees); the
 * sensitive fields of newcomers are absent for roles without a need.
 */
@QuarkusTest
class RecordAccessTest extends ApiTest {

    private static final String NEWCOMERS = "/api/v1/newcomers";
    private static final String SPONSORS = "/api/v1/sponsors";

    @Test
    void aCoordinatorSeesAndChangesOnlyTheNewcomersOfTheirProjects() {
        String code = code();
        String own = project(code);
        String other = project(code());
        String marker = marker();
        String mine = create(NEWCOMERS, newcomer(marker, "Eigen", own));
        String theirs = create(NEWCOMERS, newcomer(marker, "Fremd", other));
        String coordinator = Tokens.coordinatorOf(code);

        as(coordinator).queryParam("q", marker).get(NEWCOMERS).then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(mine));
        as(coordinator).get(NEWCOMERS + "/" + mine).then().statusCode(200).body("residenceStatus", equalTo("TOLERATION"));
        as(coordinator).get(NEWCOMERS + "/" + theirs).then().statusCode(404);
        as(coordinator).contentType("application/merge-patch+json").body(Map.of("district", "Weststadt", "version", 0))
                .patch(NEWCOMERS + "/" + theirs).then().statusCode(404);
        as(coordinator).delete(NEWCOMERS + "/" + theirs).then().statusCode(404);

        // Moving a newcomer out of their projects, or creating one elsewhere, is refused.
        as(coordinator).contentType("application/merge-patch+json").body(Map.of("projectId", other, "version", 0))
                .patch(NEWCOMERS + "/" + mine).then().statusCode(403).body("type", equalTo("urn:lotse:problem:forbidden"));
        as(coordinator).contentType(ContentType.JSON).body(newcomer(marker, "Anderswo", other)).post(NEWCOMERS).then().statusCode(403);
        given().queryParam("q", marker).get(NEWCOMERS).then().body("total", equalTo(2));
        given().get(NEWCOMERS + "/" + mine).then().body("projectId", equalTo(own)).body("version", equalTo(0));
    }

    @Test
    void aSponsorSeesAndKeepsUpOnlyTheirOwnProfile() {
        String project = project(code());
        String marker = marker();
        String self = create(SPONSORS, sponsor(marker, "Selbst", project));
        String other = create(SPONSORS, sponsor(marker, "Andere", project));
        String sponsor = Tokens.sponsor(UUID.fromString(self));

        as(sponsor).get(SPONSORS).then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(self));
        as(sponsor).get(SPONSORS + "/" + other).then().statusCode(404);
        as(sponsor).contentType("application/merge-patch+json").body(Map.of("availability", "samstags", "version", 0))
                .patch(SPONSORS + "/" + self).then().statusCode(200).body("availability", equalTo("samstags"));
        as(sponsor).contentType("application/merge-patch+json").body(Map.of("maxMentees", 9, "version", 1))
                .patch(SPONSORS + "/" + self).then().statusCode(403);
        as(sponsor).contentType("application/merge-patch+json").body(Map.of("availability", "nie", "version", 0))
                .patch(SPONSORS + "/" + other).then().statusCode(404);
        given().get(SPONSORS + "/" + self).then().body("maxMentees", equalTo(2)).body("version", equalTo(1));
        given().get(SPONSORS + "/" + other).then().body("availability", equalTo("abends")).body("version", equalTo(0));
    }

    @Test
    void sensitiveFieldsOfNewcomersAreAbsentForRolesWithoutANeed() {
        String marker = marker();
        String id = create(NEWCOMERS, newcomer(marker, "Sensibel", project(code())));
        List<String> sensitive = List.of("residenceStatus", "consentGivenAt", "email", "phone");

        String volunteers = Tokens.role(Role.VOLUNTEER_COORDINATOR);
        var single = as(volunteers).get(NEWCOMERS + "/" + id).then().statusCode(200).body("firstName", equalTo(marker));
        var list = as(volunteers).queryParam("q", marker).get(NEWCOMERS).then().statusCode(200).body("total", equalTo(1));
        for (String field : sensitive) {
            single.body("$", not(hasKey(field)));
            list.body("items", everyItem(not(hasKey(field))));
        }
        // Filtering by residence status would reveal it.
        as(volunteers).queryParam("residenceStatus", "TOLERATION").get(NEWCOMERS).then().statusCode(403);
        // A tool without the personal-data scope gets no people at all.
        as(Tokens.client("tool", Set.of("lotse.read"))).get(NEWCOMERS + "/" + id).then().statusCode(403);

        for (String token : List.of(Tokens.staff(), Tokens.role(Role.DPO), Tokens.client("tool", Set.of("lotse.read", "lotse.personal-data")))) {
            var full = as(token).get(NEWCOMERS + "/" + id).then().statusCode(200);
            sensitive.forEach(field -> full.body(field, notNullValue()));
        }
    }

    @Test
    void meTellsWhoCallsAndWhatTheyMayDo() {
        as(Tokens.coordinatorOf("WIL")).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("coordinator")).body("roles", contains("COORDINATOR"))
                .body("projectCodes", contains("WIL"))
                .body("operations.listNewcomers", equalTo("OWN")).body("operations.listProjects", equalTo("ALLOW"))
                .body("operations", not(hasKey("createProject")));
        as(Tokens.client("statistics-tool", Set.of("lotse.read"))).get("/api/v1/me").then().statusCode(200)
                .body("roles", equalTo(List.of())).body("scopes", contains("lotse.read"))
                .body("operations.listProjects", equalTo("ALLOW")).body("operations", not(hasKey("listNewcomers")));
        anonymously().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue()).body("type", equalTo("urn:lotse:problem:unauthorized"));
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static String code() {
        return "R" + UUID.randomUUID().toString().substring(0, 7).toUpperCase(Locale.ROOT);
    }

    private static String marker() {
        return "Rec" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String project(String code) {
        return create("/api/v1/projects", Map.of("code", code, "name", "Projekt " + code, "status", "RUNNING"));
    }

    private static Map<String, Object> newcomer(String firstName, String lastName, String projectId) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("projectId", projectId);
        body.put("residenceStatus", "TOLERATION");
        body.put("consentGivenAt", "2026-03-01T09:30:00Z");
        body.put("email", "person@example.org");
        body.put("phone", "+49 7141 1");
        return body;
    }

    private static Map<String, Object> sponsor(String firstName, String lastName, String projectId) {
        return Map.of("firstName", firstName, "lastName", lastName, "status", "ACTIVE", "projectId", projectId, "availability", "abends");
    }

    private static String create(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(201).extract().path("id");
    }
}
