package de.lotse.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.lotse.security.Role;
import de.lotse.support.ApiTest;
import de.lotse.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureTest extends ApiTest {

    @Inject
    DataSource dataSource;

    @Inject
    Consents consents;

    private static RequestSpecification dpo() {
        return as(Tokens.role(Role.DPO));
    }

    @Test
    void erasureAnonymisesPersonalFieldsAndKeepsWhatStatisticsCount() {
        String district = People.unique("Ost");
        String projectId = People.project(People.unique("R").toUpperCase());
        Map<String, Object> body = People.newcomer("Popescu", district);
        body.put("projectId", projectId);
        String id = People.create(People.NEWCOMERS, body);
        People.create(People.NEWCOMERS, People.newcomer("Ionescu", district));
        String newcomer = People.NEWCOMERS + "/" + id;
        People.giveConsent(newcomer, "DATA_PROCESSING");

        dpo().when().post(newcomer + "/erasure")
                .then().statusCode(200)
                .body("subjectType", equalTo("NEWCOMER"))
                .body("changed", equalTo(true))
                .body("erasedAt", notNullValue())
                .body("fieldsAnonymised", hasItems("firstName", "lastName", "arrivalDate", "accommodation", "email", "phone", "notes"))
                .body("consentsWithdrawn", equalTo(1));

        given().when().get(newcomer)
                .then().statusCode(200)
                .body("firstName", equalTo("Gelöscht"))
                .body("lastName", equalTo("Gelöscht"))
                .body("email", nullValue())
                .body("phone", nullValue())
                .body("notes", nullValue())
                .body("accommodation", nullValue())
                .body("consentGivenAt", nullValue())
                .body("arrivalDate", equalTo("2026-01-01"))
                .body("countryOfOrigin", equalTo("RO"))
                .body("languages", equalTo(List.of("ro", "en")))
                .body("district", equalTo(district))
                .body("householdSize", equalTo(4))
                .body("needs", equalTo(List.of("SCHOOL", "AUTHORITIES")))
                .body("residenceStatus", equalTo("RESIDENCE_PERMIT"))
                .body("status", equalTo("ACCOMPANIED"))
                .body("projectId", equalTo(projectId));
        given().queryParam("district", district).when().get(People.NEWCOMERS).then().statusCode(200).body("total", equalTo(2));
        given().queryParam("district", district).queryParam("residenceStatus", "RESIDENCE_PERMIT").queryParam("arrivedFrom", "2026-01-01")
                .queryParam("arrivedTo", "2026-01-31").when().get(People.NEWCOMERS).then().statusCode(200).body("total", equalTo(2));
        given().queryParam("q", "Popescu").queryParam("district", district).when().get(People.NEWCOMERS)
                .then().statusCode(200).body("total", equalTo(0));
        given().when().get(newcomer + "/consents")
                .then().statusCode(200)
                .body("items.inForce", everyItem(equalTo(false)))
                .body("items.note", everyItem(nullValue()))
                .body("items.withdrawnBy", everyItem(equalTo("dpo")))
                .body("purposes.allowed", everyItem(equalTo(false)));
    }

    @Test
    void erasurePurgesTheHistoryAndLeavesNoErasedValueBehind() {
        String id = People.create(People.NEWCOMERS, People.newcomer("Zamfirescu", People.unique("Ost")));
        String newcomer = People.NEWCOMERS + "/" + id;
        given().contentType("application/merge-patch+json").body(Map.of("phone", "+49 7141 999999", "version", 0))
                .when().patch(newcomer).then().statusCode(200);

        dpo().when().post(newcomer + "/erasure").then().statusCode(200);

        given().when().get(newcomer + "/history")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].operation", equalTo("eraseNewcomer"))
                .body("items[0].values.lastName", equalTo("Gelöscht"));
        assertEquals(0, People.sql(dataSource, "SELECT count(*) FROM newcomers_aud WHERE id = ? AND (last_name = 'Zamfirescu' "
                + "OR phone IS NOT NULL OR email IS NOT NULL OR notes IS NOT NULL)", UUID.fromString(id)));
        assertEquals(0, People.sql(dataSource, "SELECT count(*) FROM audit_events e WHERE e::text LIKE '%Zamfirescu%'"));
        dpo().queryParam("resourceId", id).when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.find { it.operation == 'eraseNewcomer' && it.resourceType == 'newcomer' }.fields",
                        hasItems("firstName", "lastName", "phone"));
    }

    @Test
    void erasingTwiceChangesNothingTheSecondTime() {
        String newcomer = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));
        String erasedAt = dpo().when().post(newcomer + "/erasure").then().statusCode(200).extract().path("erasedAt");

        dpo().when().post(newcomer + "/erasure")
                .then().statusCode(200)
                .body("changed", equalTo(false))
                .body("fieldsAnonymised", empty())
                .body("consentsWithdrawn", equalTo(0))
                .body("erasedAt", equalTo(erasedAt));
    }

    @Test
    void erasesASponsorAndKeepsWhetherTheyWereTrained() {
        String district = People.unique("Ost");
        String id = People.create(People.SPONSORS, People.sponsor("Beispiel", district));
        String sponsor = People.SPONSORS + "/" + id;

        dpo().when().post(sponsor + "/erasure").then().statusCode(200).body("subjectType", equalTo("SPONSOR"));

        given().when().get(sponsor)
                .then().statusCode(200)
                .body("firstName", equalTo("Gelöscht"))
                .body("email", nullValue())
                .body("phone", nullValue())
                .body("interests", empty())
                .body("availability", nullValue())
                .body("notes", nullValue())
                .body("trainingCompletedOn", equalTo("2015-09-01"))
                .body("languages", equalTo(List.of("de", "ro")))
                .body("district", equalTo(district))
                .body("status", equalTo("ACTIVE"))
                .body("maxMentees", equalTo(3));
        given().queryParam("district", district).queryParam("trained", true).when().get(People.SPONSORS)
                .then().statusCode(200).body("total", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("purpose", "MATCHING"))
                .when().post(sponsor + "/consents")
                .then().statusCode(409).body("type", equalTo("urn:lotse:problem:erased"));
    }

    @Test
    void aLegalHoldRefusesErasureWith409AndChangesNothing() {
        String newcomer = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));
        String consent = People.giveConsent(newcomer, "DATA_PROCESSING");
        dpo().contentType(ContentType.JSON).body(Map.of("reason", "Klage vor dem Verwaltungsgericht, Az. 1 K 123/26"))
                .when().put(newcomer + "/legal-hold")
                .then().statusCode(200)
                .body("reason", equalTo("Klage vor dem Verwaltungsgericht, Az. 1 K 123/26"))
                .body("since", notNullValue());
        Map<String, Object> before = given().when().get(newcomer).then().statusCode(200).extract().as(Map.class);

        dpo().when().post(newcomer + "/erasure")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:legal-hold"))
                .body("detail", containsString("Klage vor dem Verwaltungsgericht"));

        assertEquals(before, given().when().get(newcomer).then().statusCode(200).extract().as(Map.class));
        given().when().get(newcomer + "/consents/" + consent).then().statusCode(200).body("inForce", equalTo(true));
        dpo().when().delete(newcomer + "/legal-hold").then().statusCode(204);
        dpo().when().delete(newcomer + "/legal-hold").then().statusCode(204);
        dpo().when().post(newcomer + "/erasure").then().statusCode(200).body("changed", equalTo(true));
    }

    @Test
    void onlyTheDpoErasesAndSetsLegalHolds() {
        String newcomer = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));

        given().when().post(newcomer + "/erasure").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Aufbewahrungspflicht"))
                .when().put(newcomer + "/legal-hold").then().statusCode(403);
        as(Tokens.coordinatorOf("WIL")).when().post(newcomer + "/erasure").then().statusCode(403);
        dpo().when().post(People.NEWCOMERS + "/" + UUID.randomUUID() + "/erasure").then().statusCode(404);
        dpo().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().put(newcomer + "/legal-hold").then().statusCode(400);
        given().when().get(newcomer).then().statusCode(200).body("firstName", not(equalTo("Gelöscht")));
    }
}
