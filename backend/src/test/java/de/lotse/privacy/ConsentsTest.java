package de.lotse.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lotse.security.Role;
import de.lotse.support.ApiTest;
import de.lotse.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsentsTest extends ApiTest {

    @Inject
    Consents consents;

    @Test
    void recordsConsentWithTheActorAndLocation() {
        String newcomer = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));

        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(Map.of("purpose", "DATA_PROCESSING", "givenAt", "2026-03-01T09:30:00Z", "note", "Signed form, German and Romanian"))
                .when().post(newcomer + "/consents")
                .then().statusCode(201)
                .body("purpose", equalTo("DATA_PROCESSING"))
                .body("givenAt", equalTo("2026-03-01T09:30:00Z"))
                .body("recordedBy", equalTo("staff"))
                .body("inForce", equalTo(true))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith(newcomer + "/consents/" + id));

        given().when().get(newcomer + "/consents/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("note", equalTo("Signed form, German and Romanian"));
        given().when().get(newcomer + "/consents")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("purposes.find { it.purpose == 'DATA_PROCESSING' }.allowed", equalTo(true))
                .body("purposes.find { it.purpose == 'MATCHING' }.allowed", equalTo(false))
                .body("purposes", hasSize(ConsentPurpose.values().length));
    }

    @Test
    void withdrawingStopsProcessingForThePurposeAndKeepsTheRecord() {
        String id = People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));
        String newcomer = People.NEWCOMERS + "/" + id;
        People.giveConsent(newcomer, "DATA_PROCESSING");
        String matching = People.giveConsent(newcomer, "MATCHING");
        assertTrue(consents.allows(SubjectType.NEWCOMER, UUID.fromString(id), ConsentPurpose.MATCHING));

        given().when().post(newcomer + "/consents/" + matching + "/withdraw")
                .then().statusCode(200)
                .body("inForce", equalTo(false))
                .body("withdrawnAt", notNullValue())
                .body("withdrawnBy", equalTo("staff"));

        assertFalse(consents.allows(SubjectType.NEWCOMER, UUID.fromString(id), ConsentPurpose.MATCHING));
        assertTrue(consents.allows(SubjectType.NEWCOMER, UUID.fromString(id), ConsentPurpose.DATA_PROCESSING));
        given().when().get(newcomer + "/consents")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("purposes.find { it.purpose == 'MATCHING' }.allowed", equalTo(false));
        given().queryParam("inForce", false).when().get(newcomer + "/consents")
                .then().statusCode(200).body("items.id", equalTo(List.of(matching)));
    }

    @Test
    void withdrawingTwiceIsAConflict() {
        String newcomer = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));
        String consent = People.giveConsent(newcomer, "PHOTOS_AND_PUBLICATION");
        given().when().post(newcomer + "/consents/" + consent + "/withdraw").then().statusCode(200);

        given().when().post(newcomer + "/consents/" + consent + "/withdraw")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:already-withdrawn"));
    }

    @Test
    void withdrawingDataProcessingStopsEveryPurpose() {
        String id = People.create(People.SPONSORS, People.sponsor("Beispiel", People.unique("Ost")));
        String sponsor = People.SPONSORS + "/" + id;
        String base = People.giveConsent(sponsor, "DATA_PROCESSING");
        People.giveConsent(sponsor, "MATCHING");

        given().when().post(sponsor + "/consents/" + base + "/withdraw").then().statusCode(200);

        assertFalse(consents.allows(SubjectType.SPONSOR, UUID.fromString(id), ConsentPurpose.MATCHING));
        given().when().get(sponsor + "/consents")
                .then().statusCode(200)
                .body("purposes.find { it.purpose == 'MATCHING' }.allowed", equalTo(false))
                .body("items.find { it.purpose == 'MATCHING' }.inForce", equalTo(true));
    }

    @Test
    void answersWhoMayBeProcessedInOneCall() {
        String allowed = People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));
        String onlyMatching = People.create(People.NEWCOMERS, People.newcomer("Ionescu", People.unique("Ost")));
        People.giveConsent(People.NEWCOMERS + "/" + allowed, "DATA_PROCESSING");
        People.giveConsent(People.NEWCOMERS + "/" + allowed, "MATCHING");
        People.giveConsent(People.NEWCOMERS + "/" + onlyMatching, "MATCHING");

        assertEquals(Set.of(UUID.fromString(allowed)), consents.allowing(SubjectType.NEWCOMER,
                List.of(UUID.fromString(allowed), UUID.fromString(onlyMatching)), ConsentPurpose.MATCHING));
    }

    @Test
    void refusesASecondConsentInForceForThePurpose() {
        String newcomer = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));
        People.giveConsent(newcomer, "MATCHING");

        given().contentType(ContentType.JSON).body(Map.of("purpose", "MATCHING"))
                .when().post(newcomer + "/consents")
                .then().statusCode(409).body("type", equalTo("urn:lotse:problem:duplicate"));
    }

    @Test
    void refusesConsentsGivenInTheFutureOrWithUnknownPurpose() {
        String newcomer = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));

        given().contentType(ContentType.JSON).body(Map.of("purpose", "MATCHING", "givenAt", "2999-01-01T00:00:00Z"))
                .when().post(newcomer + "/consents")
                .then().statusCode(400).body("violations.field", hasItems("givenAt"));
        given().contentType(ContentType.JSON).body(Map.of("purpose", "SELLING"))
                .when().post(newcomer + "/consents")
                .then().statusCode(400);
    }

    @Test
    void consentsOfAnotherPersonAreNotFound() {
        String newcomer = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));
        String other = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, People.newcomer("Ionescu", People.unique("Ost")));
        String consent = People.giveConsent(newcomer, "MATCHING");

        given().when().get(other + "/consents/" + consent).then().statusCode(404);
        given().when().post(other + "/consents/" + consent + "/withdraw").then().statusCode(404);
        given().when().get(People.NEWCOMERS + "/" + UUID.randomUUID() + "/consents").then().statusCode(404);
    }

    @Test
    void consentDetailsAreForTheOfficeTheDpoAndCoordinatorsOfThePersonsProject() {
        String code = People.unique("C").toUpperCase();
        Map<String, Object> body = People.newcomer("Popescu", People.unique("Ost"));
        body.put("projectId", People.project(code));
        String own = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, body);
        String elsewhere = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, People.newcomer("Ionescu", People.unique("Ost")));

        as(Tokens.coordinatorOf(code)).get(own + "/consents").then().statusCode(200);
        as(Tokens.coordinatorOf(code)).contentType(ContentType.JSON).body(Map.of("purpose", "MATCHING"))
                .post(own + "/consents").then().statusCode(201).body("recordedBy", equalTo("coordinator"));
        as(Tokens.coordinatorOf(code)).get(elsewhere + "/consents").then().statusCode(404);
        as(Tokens.role(Role.DPO)).get(own + "/consents").then().statusCode(200);
        as(Tokens.role(Role.DPO)).contentType(ContentType.JSON).body(Map.of("purpose", "MATCHING"))
                .post(elsewhere + "/consents").then().statusCode(403);
        as(Tokens.role(Role.VOLUNTEER_COORDINATOR)).get(own + "/consents").then().statusCode(403);
        as(Tokens.client("lotse-case-tool", Set.of("lotse.read", "lotse.personal-data"))).get(own + "/consents").then().statusCode(200);
        as(Tokens.client("lotse-statistics-tool", Set.of("lotse.read", "lotse.statistics"))).get(own + "/consents").then().statusCode(403);
    }

    @Test
    void sponsorsReadTheirOwnConsentsOnly() {
        String id = People.create(People.SPONSORS, People.sponsor("Beispiel", People.unique("Ost")));
        String sponsor = People.SPONSORS + "/" + id;
        String other = People.SPONSORS + "/" + People.create(People.SPONSORS, People.sponsor("Muster", People.unique("Ost")));
        People.giveConsent(sponsor, "EVENT_INVITATIONS");

        as(Tokens.sponsor(UUID.fromString(id))).get(sponsor + "/consents")
                .then().statusCode(200).body("items.purpose", equalTo(List.of("EVENT_INVITATIONS")));
        as(Tokens.sponsor(UUID.fromString(id))).get(other + "/consents").then().statusCode(404);
        as(Tokens.sponsor(UUID.fromString(id))).contentType(ContentType.JSON).body(Map.of("purpose", "MATCHING"))
                .post(sponsor + "/consents").then().statusCode(403);
    }
}
