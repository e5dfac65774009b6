package de.lotse.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.lotse.security.Role;
import de.lotse.support.ApiTest;
import de.lotse.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RetentionTest extends ApiTest {

    private static final String RUNS = "/api/v1/retention-runs";

    @Inject
    DataSource dataSource;

    @Inject
    Retention retention;

    private static ExtractableResponse<Response> run() {
        return as(Tokens.role(Role.DPO)).when().post(RUNS).then().statusCode(200).extract();
    }

    /** A newcomer who FINISHED {@code monthsAgo} months ago, as the database records it. */
    private String finishedNewcomer(String lastName, int monthsAgo) {
        Map<String, Object> body = People.newcomer(lastName, People.unique("Ost"));
        body.put("status", "FINISHED");
        String id = People.create(People.NEWCOMERS, body);
        People.sql(dataSource, "UPDATE newcomers SET ended_on = current_date - make_interval(months => ?) WHERE id = ?", monthsAgo,
                UUID.fromString(id));
        return People.NEWCOMERS + "/" + id;
    }

    @Test
    void anonymisesPeopleWhoseInvolvementEndedLongerAgoThanTheRetentionPeriod() {
        int heldBefore = run().path("skippedForLegalHold");
        String longAgo = finishedNewcomer("Popescu", 25);
        String recently = finishedNewcomer("Ionescu", 23);
        String held = finishedNewcomer("Dumitrescu", 25);
        as(Tokens.role(Role.DPO)).contentType(ContentType.JSON).body(Map.of("reason", "Prüfung des Verwendungsnachweises"))
                .when().put(held + "/legal-hold").then().statusCode(200);
        Map<String, Object> sponsorBody = People.sponsor("Beispiel", People.unique("Ost"));
        sponsorBody.put("status", "LEFT");
        String sponsorId = People.create(People.SPONSORS, sponsorBody);
        People.sql(dataSource, "UPDATE sponsors SET ended_on = current_date - make_interval(months => 25) WHERE id = ?",
                UUID.fromString(sponsorId));

        ExtractableResponse<Response> first = run();

        assertEquals(24, (int) first.path("retentionMonths"));
        assertEquals(heldBefore + 3, (int) first.path("examined"));
        assertEquals(2, (int) first.path("anonymised"));
        assertEquals(heldBefore + 1, (int) first.path("skippedForLegalHold"));
        given().when().get(longAgo).then().statusCode(200).body("lastName", equalTo("Gelöscht")).body("status", equalTo("FINISHED"));
        given().when().get(People.SPONSORS + "/" + sponsorId).then().statusCode(200).body("lastName", equalTo("Gelöscht"));
        given().when().get(recently).then().statusCode(200).body("lastName", equalTo("Ionescu"));
        given().when().get(held).then().statusCode(200).body("lastName", equalTo("Dumitrescu"));
        given().when().get(longAgo + "/history").then().statusCode(200).body("total", equalTo(1));

        ExtractableResponse<Response> second = run();

        assertEquals(0, (int) second.path("anonymised"));
        assertEquals(heldBefore + 1, (int) second.path("examined"));
    }

    @Test
    void theScheduledRunIsRecordedAsTheSystem() {
        String newcomer = finishedNewcomer("Popescu", 30);
        String id = newcomer.substring(newcomer.lastIndexOf('/') + 1);

        retention.scheduled();

        given().when().get(newcomer).then().statusCode(200).body("lastName", equalTo("Gelöscht"));
        as(Tokens.role(Role.DPO)).queryParam("resourceId", id).queryParam("operation", "retention").when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.actor", everyItem(equalTo("system:retention")))
                .body("items.fields.flatten()", hasItems("lastName", "email"));
    }

    @Test
    void theDatabaseRecordsWhenTheInvolvementEnded() {
        String id = People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));
        String newcomer = People.NEWCOMERS + "/" + id;
        String endedToday = "SELECT count(*) FROM newcomers WHERE id = ? AND ended_on = current_date";
        String notEnded = "SELECT count(*) FROM newcomers WHERE id = ? AND ended_on IS NULL";
        assertEquals(1, People.sql(dataSource, notEnded, UUID.fromString(id)));

        given().contentType("application/merge-patch+json").body(Map.of("status", "FINISHED", "version", 0))
                .when().patch(newcomer).then().statusCode(200);
        assertEquals(1, People.sql(dataSource, endedToday, UUID.fromString(id)));

        given().contentType("application/merge-patch+json").body(Map.of("notes", "Moved away.", "version", 1))
                .when().patch(newcomer).then().statusCode(200);
        assertEquals(1, People.sql(dataSource, endedToday, UUID.fromString(id)));

        given().contentType("application/merge-patch+json").body(Map.of("status", "ACCOMPANIED", "version", 2))
                .when().patch(newcomer).then().statusCode(200);
        assertEquals(1, People.sql(dataSource, notEnded, UUID.fromString(id)));
    }

    @Test
    void onlyTheDpoRunsTheJob() {
        given().when().post(RUNS).then().statusCode(403);
        as(Tokens.role(Role.COORDINATOR)).when().post(RUNS).then().statusCode(403);
        as(Tokens.client("lotse-case-tool", Set.of("lotse.read", "lotse.write", "lotse.personal-data")))
                .when().post(RUNS).then().statusCode(403);
    }
}
