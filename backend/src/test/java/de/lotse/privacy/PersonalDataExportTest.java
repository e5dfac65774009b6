package de.lotse.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import de.lotse.security.Role;
import de.lotse.support.ApiTest;
import de.lotse.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonalDataExportTest extends ApiTest {

    @Test
    void exportsTheRecordItsProjectConsentsHistoryAndAuditEvents() {
        String code = People.unique("E").toUpperCase();
        Map<String, Object> body = People.newcomer("Popescu", People.unique("Ost"));
        body.put("projectId", People.project(code));
        String id = People.create(People.NEWCOMERS, body);
        String newcomer = People.NEWCOMERS + "/" + id;
        String consent = People.giveConsent(newcomer, "DATA_PROCESSING");
        given().contentType("application/merge-patch+json").body(Map.of("phone", "+49 7141 111111", "status", "FINISHED", "version", 0))
                .when().patch(newcomer).then().statusCode(200);

        as(Tokens.role(Role.DPO)).when().get(newcomer + "/personal-data")
                .then().statusCode(200)
                .body("subjectType", equalTo("NEWCOMER"))
                .body("subjectId", equalTo(id))
                .body("exportedAt", notNullValue())
                .body("exportedBy", equalTo("dpo"))
                .body("record.lastName", equalTo("Popescu"))
                .body("record.residenceStatus", equalTo("RESIDENCE_PERMIT"))
                .body("record.phone", equalTo("+49 7141 111111"))
                .body("record.languages", equalTo(List.of("ro", "en")))
                .body("record.arrivalDate", equalTo("2026-01-15"))
                .body("record.endedOn", notNullValue())
                .body("project.code", equalTo(code))
                .body("consents.id", equalTo(List.of(consent)))
                .body("referencedBy", equalTo(Map.of()))
                .body("history", hasSize(2))
                .body("history[0].phone", equalTo("+49 7141 654321"))
                .body("history[1].revisionOperation", equalTo("patchNewcomer"))
                .body("auditEvents.operation", hasItems("createNewcomer", "giveNewcomerConsent", "patchNewcomer",
                        "exportNewcomerPersonalData"))
                .body("auditEvents.find { it.operation == 'giveNewcomerConsent' }.resourceId", equalTo(consent))
                .body("auditEvents.find { it.operation == 'exportNewcomerPersonalData' }.action", equalTo("READ"))
                .body("auditEvents.find { it.operation == 'exportNewcomerPersonalData' }.actor", equalTo("dpo"));
    }

    @Test
    void theExportIsItselfInTheAuditTrail() {
        String newcomer = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, People.newcomer("Popescu", People.unique("Ost")));

        given().when().get(newcomer + "/personal-data").then().statusCode(200);

        as(Tokens.role(Role.DPO)).when().get(newcomer + "/personal-data")
                .then().statusCode(200)
                .body("auditEvents.findAll { it.operation == 'exportNewcomerPersonalData' }.actor", equalTo(List.of("staff", "dpo")));
    }

    @Test
    void exportsASponsor() {
        String id = People.create(People.SPONSORS, People.sponsor("Beispiel", People.unique("Ost")));
        People.giveConsent(People.SPONSORS + "/" + id, "EVENT_INVITATIONS");

        given().when().get(People.SPONSORS + "/" + id + "/personal-data")
                .then().statusCode(200)
                .body("subjectType", equalTo("SPONSOR"))
                .body("record.email", equalTo("anna.beispiel@example.org"))
                .body("record.interests", hasItem("Fußball"))
                .body("consents[0].purpose", equalTo("EVENT_INVITATIONS"))
                .body("auditEvents.operation", hasItem("createSponsor"));
    }

    @Test
    void onlyTheOfficeAndTheDpoMayExport() {
        String code = People.unique("E").toUpperCase();
        Map<String, Object> body = People.newcomer("Popescu", People.unique("Ost"));
        body.put("projectId", People.project(code));
        String newcomer = People.NEWCOMERS + "/" + People.create(People.NEWCOMERS, body);
        String sponsorId = People.create(People.SPONSORS, People.sponsor("Beispiel", People.unique("Ost")));

        as(Tokens.role(Role.VOLUNTEER_COORDINATOR)).get(newcomer + "/personal-data").then().statusCode(403);
        as(Tokens.coordinatorOf(code)).get(newcomer + "/personal-data").then().statusCode(403);
        as(Tokens.sponsor(UUID.fromString(sponsorId))).get(People.SPONSORS + "/" + sponsorId + "/personal-data").then().statusCode(403);
        as(Tokens.client("lotse-case-tool", Set.of("lotse.read", "lotse.write", "lotse.personal-data")))
                .get(newcomer + "/personal-data").then().statusCode(403);
        given().get(People.NEWCOMERS + "/" + UUID.randomUUID() + "/personal-data").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
