package de.lotse.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lotse.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BudgetLineResourceTest extends ApiTest {

    private static final String LINES = "/api/v1/budget-lines";
    private static final String SUMMARY = LINES + "/summary";
    private static final String PROJECTS = "/api/v1/projects";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String createProject(String code, String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "status", "RUNNING", "startDate", "2015-04-01", "endDate", "2018-03-31"))
                .when().post(PROJECTS)
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> line(String projectId, int fiscalYear, String kind, String category, String planned) {
        Map<String, Object> body = new HashMap<>();
        body.put("projectId", projectId);
        body.put("fiscalYear", fiscalYear);
        body.put("kind", kind);
        body.put("category", category);
        body.put("description", category + " " + fiscalYear);
        body.put("plannedAmount", planned);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(LINES)
                .then().statusCode(201).extract().path("id");
    }

    // --- create, read --------------------------------------------------------------------------

    @Test
    void createsBudgetLineWith201LocationEtagAndAmountsAsTwoDecimalStrings() {
        String projectId = createProject(uniqueCode("WIL"), "Willkommen in Ludwigsburg");
        Map<String, Object> body = with(line(projectId, 2015, "FUNDING", "STATE_GRANT", "63000"),
                "actualAmount", "61250.4", "costCentre", "17405010", "budgetItem", "1.4390.6790.000",
                "funder", "Land Baden-Württemberg", "description", "Zuschuss VwV Integration");
        String location = given().contentType(ContentType.JSON).body(body)
                .when().post(LINES)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("projectId", equalTo(projectId))
                .body("plannedAmount", equalTo("63000.00"))
                .body("actualAmount", equalTo("61250.40"))
                .extract().header("Location");
        assertTrue(location.contains(LINES + "/"), location);

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("fiscalYear", equalTo(2015))
                .body("kind", equalTo("FUNDING"))
                .body("category", equalTo("STATE_GRANT"))
                .body("description", equalTo("Zuschuss VwV Integration"))
                .body("plannedAmount", equalTo("63000.00"))
                .body("actualAmount", equalTo("61250.40"))
                .body("costCentre", equalTo("17405010"))
                .body("budgetItem", equalTo("1.4390.6790.000"))
                .body("funder", equalTo("Land Baden-Württemberg"))
                .body("createdAt", notNullValue());
    }

    @Test
    void ignoresReadOnlyFieldsInTheBody() {
        String projectId = createProject(uniqueCode("RO"), "Read-only");
        given().contentType(ContentType.JSON)
                .body(with(line(projectId, 2016, "COST", "RENT", "3820.00"),
                        "id", "00000000-0000-7000-8000-000000000000", "createdAt", "2000-01-01T00:00:00Z"))
                .when().post(LINES)
                .then().statusCode(201)
                .body("id", not(equalTo("00000000-0000-7000-8000-000000000000")))
                .body("createdAt", not(containsString("2000-01-01")));
    }

    @Test
    void answersUnknownOrMalformedIdsWith404() {
        given().when().get(LINES + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:not-found"));
        given().when().get(LINES + "/not-a-uuid").then().statusCode(404);
        given().when().delete(LINES + "/" + UUID.randomUUID()).then().statusCode(404);
        given().contentType(ContentType.JSON).body(with(line(createProject(uniqueCode("NF"), "Not found"), 2016, "COST", "RENT", "1.00"), "version", 0))
                .when().put(LINES + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    // --- validation ----------------------------------------------------------------------------

    @Test
    void rejectsInvalidFieldsWithViolationsAndStoresNothing() {
        String projectId = createProject(uniqueCode("INV"), "Invalid");
        Map<String, Object> body = new HashMap<>();
        body.put("fiscalYear", 1999);
        body.put("kind", "COST");
        body.put("category", "PERSONNEL");
        body.put("description", " ");
        body.put("plannedAmount", "-1.00");
        body.put("costCentre", "174 050");
        given().contentType(ContentType.JSON).body(body)
                .when().post(LINES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:validation"))
                .body("detail", equalTo("5 fields are invalid"))
                .body("violations.field", contains("costCentre", "description", "fiscalYear", "plannedAmount", "projectId"))
                .body("violations.in", everyItem(equalTo("body")))
                .body("instance", equalTo(LINES));
        given().queryParam("projectId", projectId).when().get(LINES).then().body("total", equalTo(0));
    }

    @Test
    void rejectsAmountSentAsJsonNumberNamingTheField() {
        String projectId = createProject(uniqueCode("NUM"), "Numbers");
        String json = "{\"projectId\": \"" + projectId + "\", \"fiscalYear\": 2016, \"kind\": \"COST\","
                + " \"category\": \"MATERIAL\", \"description\": \"Material\", \"plannedAmount\": %s}";
        for (String amount : List.of("12.5", "12", "1.2e3")) {
            given().contentType(ContentType.JSON).body(String.format(json, amount))
                    .when().post(LINES)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("plannedAmount"))
                    .body("violations[0].message", containsString("\"63000.00\""));
        }
        given().contentType(ContentType.JSON)
                .body(String.format(json, "\"10.00\"").replace("}", ", \"actualAmount\": 9.99}"))
                .when().post(LINES)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("actualAmount"));
        given().queryParam("projectId", projectId).when().get(LINES).then().body("total", equalTo(0));
    }

    @Test
    void rejectsAmountWithMoreThanTwoDecimalsOrNotAnAmount() {
        String projectId = createProject(uniqueCode("DEC"), "Decimals");
        for (String amount : List.of("12.345", "12,50", "1e3", "", "1234567890123", "zwölf")) {
            given().contentType(ContentType.JSON).body(line(projectId, 2016, "COST", "MATERIAL", amount))
                    .when().post(LINES)
                    .then().statusCode(400)
                    .body("violations[0].field", equalTo("plannedAmount"))
                    .body(not(containsString("java.")));
        }
    }

    @Test
    void rejectsCategoryThatDoesNotFitItsKind() {
        String projectId = createProject(uniqueCode("CAT"), "Categories");
        given().contentType(ContentType.JSON).body(line(projectId, 2016, "COST", "STATE_GRANT", "100.00"))
                .when().post(LINES)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("category"))
                .body("violations[0].message", equalTo("does not fit kind COST; allowed: PERSONNEL, MATERIAL, RENT, EVENTS, TRAINING, OTHER"));
        given().contentType(ContentType.JSON).body(line(projectId, 2016, "FUNDING", "PERSONNEL", "100.00"))
                .when().post(LINES)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("category"));
        create(line(projectId, 2016, "COST", "OTHER", "1.00"));
        create(line(projectId, 2016, "FUNDING", "OTHER", "1.00"));
    }

    @Test
    void databaseRefusesCategoryThatDoesNotFitItsKindToo() throws SQLException {
        String projectId = createProject(uniqueCode("SQL"), "Check constraint");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO budget_lines (id, created_at, updated_at, project_id, fiscal_year, kind, category, description, planned_amount)"
                            + " VALUES ('" + UUID.randomUUID() + "', now(), now(), '" + projectId + "', 2016, 'COST', 'STATE_GRANT', 'x', 1)"));
            assertTrue(refused.getMessage().contains("ck_budget_lines_category_kind"), refused.getMessage());
        }
    }

    @Test
    void rejectsUnknownPropertyNamingIt() {
        String projectId = createProject(uniqueCode("UNK"), "Unknown");
        given().contentType(ContentType.JSON).body(with(line(projectId, 2016, "COST", "RENT", "1.00"), "currency", "EUR"))
                .when().post(LINES)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("currency"))
                .body("violations[0].message", equalTo("unknown property"));
    }

    @Test
    void rejectsDanglingProjectIdNamingIt() {
        given().contentType(ContentType.JSON).body(line(UUID.randomUUID().toString(), 2016, "COST", "RENT", "1.00"))
                .when().post(LINES)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("projectId"))
                .body("violations[0].message", containsString("refers to no existing record"));
        given().contentType(ContentType.JSON).body(line("not-a-uuid", 2016, "COST", "RENT", "1.00"))
                .when().post(LINES)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("projectId"));
        given().contentType(ContentType.JSON).body(line(createProject(uniqueCode("BE"), "Bad enum"), 2016, "SPENDING", "RENT", "1.00"))
                .when().post(LINES)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", equalTo("must be one of COST, FUNDING"));
    }

    // --- list ----------------------------------------------------------------------------------

    @Test
    void listsWithSearchFiltersSortAndPage() {
        String projectId = createProject(uniqueCode("LST"), "List");
        String otherProjectId = createProject(uniqueCode("LSO"), "Other list");
        String marker = "Zz" + UUID.randomUUID().toString().substring(0, 6);
        create(with(line(projectId, 2015, "COST", "PERSONNEL", "50000.00"), "description", marker + " Personal 35 %",
                "costCentre", "17405010"));
        create(with(line(projectId, 2016, "COST", "EVENTS", "1800.50"), "description", marker + " Netzwerktreffen",
                "actualAmount", "1750.00"));
        create(with(line(projectId, 2016, "FUNDING", "FOUNDATION", "20000.00"), "description", marker + " Stiftungsmittel",
                "funder", "Müller-Stiftung", "budgetItem", "1.4390.6790.000"));
        create(with(line(otherProjectId, 2016, "COST", "EVENTS", "999.00"), "description", marker + " other project"));

        given().queryParam("projectId", projectId).queryParam("sort", "-plannedAmount")
                .when().get(LINES)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.plannedAmount", contains("50000.00", "20000.00", "1800.50"));
        given().queryParam("projectId", projectId).queryParam("sort", "plannedAmount")
                .when().get(LINES)
                .then().body("items.plannedAmount", contains("1800.50", "20000.00", "50000.00"));
        given().queryParam("projectId", projectId)
                .when().get(LINES)
                .then().body("items.category", contains("PERSONNEL", "EVENTS", "FOUNDATION"));
        given().queryParam("projectId", projectId).queryParam("sort", "-description")
                .when().get(LINES)
                .then().body("items.description", contains(marker + " Stiftungsmittel", marker + " Personal 35 %", marker + " Netzwerktreffen"));
        given().queryParam("projectId", projectId).queryParam("sort", "-fiscalYear,kind,-createdAt")
                .when().get(LINES)
                .then().body("items.category", contains("EVENTS", "FOUNDATION", "PERSONNEL"));
        given().queryParam("projectId", projectId).queryParam("sort", "actualAmount,category")
                .when().get(LINES)
                .then().statusCode(200).body("items[0].actualAmount", equalTo("1750.00"));

        // q: description, funder, cost centre, budget item; case- and accent-insensitive
        given().queryParam("q", marker).when().get(LINES).then().body("total", equalTo(4));
        given().queryParam("q", marker.toUpperCase() + " NETZWERK").when().get(LINES)
                .then().body("items.description", contains(marker + " Netzwerktreffen"));
        given().queryParam("projectId", projectId).queryParam("q", "muller").when().get(LINES)
                .then().body("items.description", contains(marker + " Stiftungsmittel"));
        given().queryParam("projectId", projectId).queryParam("q", "MÜLLER").when().get(LINES)
                .then().body("total", equalTo(1));
        given().queryParam("projectId", projectId).queryParam("q", "17405010").when().get(LINES)
                .then().body("items.description", contains(marker + " Personal 35 %"));
        given().queryParam("projectId", projectId).queryParam("q", "4390.6790").when().get(LINES)
                .then().body("items.description", contains(marker + " Stiftungsmittel"));

        // filters
        given().queryParam("q", marker).queryParam("fiscalYear", 2016).queryParam("sort", "description").when().get(LINES)
                .then().body("total", equalTo(3))
                .body("items.fiscalYear", everyItem(equalTo(2016)));
        given().queryParam("q", marker).queryParam("kind", "FUNDING").when().get(LINES)
                .then().body("items.description", contains(marker + " Stiftungsmittel"));
        given().queryParam("q", marker).queryParam("category", "EVENTS").queryParam("sort", "-plannedAmount").when().get(LINES)
                .then().body("items.description", contains(marker + " Netzwerktreffen", marker + " other project"));
        given().queryParam("q", marker).queryParam("projectId", otherProjectId).when().get(LINES)
                .then().body("items.description", contains(marker + " other project"));

        // paging
        given().queryParam("projectId", projectId).queryParam("sort", "plannedAmount").queryParam("size", 2).queryParam("page", 1)
                .when().get(LINES)
                .then().body("total", equalTo(3))
                .body("items", hasSize(1))
                .body("items[0].plannedAmount", equalTo("50000.00"));
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        given().queryParam("q", "%_%").when().get(LINES).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void rejectsBadListParametersWith400() {
        given().queryParam("size", 101).when().get(LINES)
                .then().statusCode(400).body("violations[0].field", equalTo("size"))
                .body("violations[0].in", equalTo("query"));
        given().queryParam("sort", "funder").when().get(LINES)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"))
                .body("violations[0].message", containsString("unknown sort field 'funder'"));
        given().queryParam("kind", "SPENDING").when().get(LINES)
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        given().queryParam("category", "BEER").when().get(LINES)
                .then().statusCode(400).body("violations[0].field", equalTo("category"));
        given().queryParam("projectId", "wil").when().get(LINES)
                .then().statusCode(400).body("violations[0].field", equalTo("projectId"));
        given().queryParam("fiscalYear", "2016/17").when().get(LINES)
                .then().statusCode(400).body("violations[0].field", equalTo("fiscalYear"));
    }

    // --- write ---------------------------------------------------------------------------------

    @Test
    void replacesWithCurrentVersionAndRejectsStaleVersion() {
        String projectId = createProject(uniqueCode("PUT"), "Replace");
        String id = create(line(projectId, 2016, "COST", "PERSONNEL", "30000.00"));
        given().contentType(ContentType.JSON)
                .body(with(line(projectId, 2016, "COST", "PERSONNEL", "31000.00"), "actualAmount", "30999.99", "version", 0))
                .when().put(LINES + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("plannedAmount", equalTo("31000.00"))
                .body("actualAmount", equalTo("30999.99"))
                .body("version", equalTo(1));

        given().contentType(ContentType.JSON)
                .body(with(line(projectId, 2016, "COST", "PERSONNEL", "99999.00"), "version", 0))
                .when().put(LINES + "/" + id)
                .then().statusCode(409)
                .body("type", equalTo("urn:lotse:problem:version-conflict"))
                .body("currentVersion", equalTo(1));
        given().when().get(LINES + "/" + id)
                .then().body("plannedAmount", equalTo("31000.00")).body("version", equalTo(1));
    }

    @Test
    void replaceAcceptsIfMatchRequiresSomeVersionAndMayMoveTheLine() {
        String projectId = createProject(uniqueCode("IFM"), "If-Match");
        String otherProjectId = createProject(uniqueCode("IFO"), "Moved to");
        String id = create(line(projectId, 2016, "COST", "PERSONNEL", "30000.00"));
        given().contentType(ContentType.JSON).body(line(projectId, 2016, "COST", "PERSONNEL", "1.00"))
                .when().put(LINES + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().contentType(ContentType.JSON).body(line(UUID.randomUUID().toString(), 2016, "COST", "PERSONNEL", "1.00"))
                .header("If-Match", "\"0\"")
                .when().put(LINES + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("projectId"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(line(otherProjectId, 2017, "COST", "PERSONNEL", "2.00"))
                .when().put(LINES + "/" + id)
                .then().statusCode(200)
                .body("projectId", equalTo(otherProjectId))
                .body("fiscalYear", equalTo(2017));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(line(otherProjectId, 2017, "COST", "PERSONNEL", "3.00"))
                .when().put(LINES + "/" + id)
                .then().statusCode(409);
        given().when().get(LINES + "/" + id).then().body("plannedAmount", equalTo("2.00"));
    }

    @Test
    void mergePatchChangesOnlySentFieldsAndKeepsMoneyExact() {
        String projectId = createProject(uniqueCode("PAT"), "Patch");
        String id = create(with(line(projectId, 2016, "FUNDING", "STATE_GRANT", "57240.00"),
                "actualAmount", "57240.00", "funder", "Land Baden-Württemberg"));
        given().contentType("application/merge-patch+json")
                .body("{\"actualAmount\": \"57000.10\", \"funder\": null, \"version\": 0}")
                .when().patch(LINES + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("actualAmount", equalTo("57000.10"))
                .body("plannedAmount", equalTo("57240.00"))
                .body("category", equalTo("STATE_GRANT"))
                .body("funder", nullValue())
                .body("version", equalTo(1));
        given().contentType("application/merge-patch+json").body("{\"plannedAmount\": 57240.5, \"version\": 1}")
                .when().patch(LINES + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("plannedAmount"));
        given().contentType("application/merge-patch+json").body("{\"plannedAmount\": \"1.001\", \"version\": 1}")
                .when().patch(LINES + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("plannedAmount"));
        given().contentType("application/merge-patch+json").body("{\"kind\": \"COST\", \"version\": 1}")
                .when().patch(LINES + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("category"));
        given().contentType("application/merge-patch+json").body("{\"plannedAmount\": null, \"version\": 1}")
                .when().patch(LINES + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("plannedAmount"));
        given().contentType("application/merge-patch+json").body(Map.of("description", "No version"))
                .when().patch(LINES + "/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().contentType("application/merge-patch+json").body(Map.of("description", "Stale", "version", 0))
                .when().patch(LINES + "/" + id)
                .then().statusCode(409);
        given().when().get(LINES + "/" + id)
                .then().body("actualAmount", equalTo("57000.10")).body("version", equalTo(1));
    }

    @Test
    void deletesBudgetLineWith204() {
        String projectId = createProject(uniqueCode("DEL"), "Delete");
        String id = create(line(projectId, 2016, "COST", "MATERIAL", "500.00"));
        given().when().delete(LINES + "/" + id).then().statusCode(204);
        given().when().get(LINES + "/" + id).then().statusCode(404);
        given().when().delete(LINES + "/" + id).then().statusCode(404);
    }

    @Test
    void refusesToDeleteProjectThatStillHasBudgetLines() {
        String projectId = createProject(uniqueCode("BLK"), "Blocked");
        String id = create(line(projectId, 2016, "COST", "MATERIAL", "500.00"));
        given().when().delete(PROJECTS + "/" + projectId)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lotse:problem:in-use"))
                .body("detail", containsString("budget lines still refer to it"));
        given().when().get(PROJECTS + "/" + projectId).then().statusCode(200);
        given().when().get(LINES + "/" + id).then().statusCode(200);

        given().when().delete(LINES + "/" + id).then().statusCode(204);
        given().when().delete(PROJECTS + "/" + projectId).then().statusCode(204);
    }

    // --- summary -------------------------------------------------------------------------------

    /**
     * Report 167/15: WiL and LAfI cost 200,400 EUR together; the state grants are 63,000 EUR
     * (WiL) and 57,240 EUR (LAfI), 120,240 EUR or 60 %; the city pays the remaining 80,160 EUR.
     */
    @Test
    void summaryReproducesTheFiguresOfCouncilReport167of15() {
        String wil = createProject(uniqueCode("WIL"), "Willkommen in Ludwigsburg");
        String lafi = createProject(uniqueCode("LAFI"), "Ludwigsburger Akteure für Integration");
        String third = createProject(uniqueCode("CON"), "Connect");
        // WiL: cost 105,000.00, grant 63,000.00
        create(with(line(wil, 2015, "COST", "PERSONNEL", "50000.00"), "actualAmount", "48500.50", "costCentre", "17405010"));
        create(line(wil, 2016, "COST", "PERSONNEL", "40000.00"));
        create(line(wil, 2016, "COST", "TRAINING", "15000.00"));
        create(with(line(wil, 2015, "FUNDING", "STATE_GRANT", "30000.00"), "actualAmount", "30000.00",
                "funder", "Land Baden-Württemberg"));
        create(line(wil, 2016, "FUNDING", "STATE_GRANT", "33000.00"));
        // LAfI: cost 95,400.00, grant 57,240.00
        create(with(line(lafi, 2015, "COST", "PERSONNEL", "45000.00"), "actualAmount", "45250.25"));
        create(line(lafi, 2016, "COST", "PERSONNEL", "45000.00"));
        create(line(lafi, 2016, "COST", "EVENTS", "5400.00"));
        create(line(lafi, 2015, "FUNDING", "STATE_GRANT", "27000.00"));
        create(line(lafi, 2016, "FUNDING", "STATE_GRANT", "30240.00"));
        // Not asked for: must not count
        create(with(line(third, 2015, "COST", "PERSONNEL", "99999.99"), "actualAmount", "1.00"));
        create(line(third, 2016, "FUNDING", "FOUNDATION", "20000.00"));

        given().queryParam("projectId", wil, lafi)
                .when().get(SUMMARY)
                .then().statusCode(200)
                .body("projectIds", contains(wil, lafi))
                .body("fiscalYear", nullValue())
                .body("plannedCost", equalTo("200400.00"))
                .body("plannedFunding", equalTo("120240.00"))
                .body("remainingCost", equalTo("80160.00"))
                .body("fundingRate", equalTo("60.00"))
                .body("actualCost", equalTo("93750.75"))
                .body("actualFunding", equalTo("30000.00"))
                .body("actualRemainingCost", equalTo("63750.75"))
                .body("byProject", hasSize(2))
                .body("byProject.projectId", contains(lafi, wil)) // by code: LAFI-… before WIL-…
                .body("byProject.find { it.projectId == '" + wil + "' }.name", equalTo("Willkommen in Ludwigsburg"))
                .body("byProject.find { it.projectId == '" + wil + "' }.plannedCost", equalTo("105000.00"))
                .body("byProject.find { it.projectId == '" + wil + "' }.plannedFunding", equalTo("63000.00"))
                .body("byProject.find { it.projectId == '" + wil + "' }.remainingCost", equalTo("42000.00"))
                .body("byProject.find { it.projectId == '" + wil + "' }.fundingRate", equalTo("60.00"))
                .body("byProject.find { it.projectId == '" + wil + "' }.actualCost", equalTo("48500.50"))
                .body("byProject.find { it.projectId == '" + wil + "' }.actualFunding", equalTo("30000.00"))
                .body("byProject.find { it.projectId == '" + wil + "' }.actualRemainingCost", equalTo("18500.50"))
                .body("byProject.find { it.projectId == '" + lafi + "' }.plannedCost", equalTo("95400.00"))
                .body("byProject.find { it.projectId == '" + lafi + "' }.plannedFunding", equalTo("57240.00"))
                .body("byProject.find { it.projectId == '" + lafi + "' }.remainingCost", equalTo("38160.00"))
                .body("byProject.find { it.projectId == '" + lafi + "' }.fundingRate", equalTo("60.00"))
                .body("byProject.find { it.projectId == '" + lafi + "' }.actualCost", equalTo("45250.25"))
                .body("byProject.find { it.projectId == '" + lafi + "' }.actualFunding", equalTo("0.00"))
                .body("byFiscalYear.fiscalYear", contains(2015, 2016))
                .body("byFiscalYear[0].plannedCost", equalTo("95000.00"))
                .body("byFiscalYear[0].plannedFunding", equalTo("57000.00"))
                .body("byFiscalYear[0].remainingCost", equalTo("38000.00"))
                .body("byFiscalYear[0].fundingRate", equalTo("60.00"))
                .body("byFiscalYear[0].actualCost", equalTo("93750.75"))
                .body("byFiscalYear[1].plannedCost", equalTo("105400.00"))
                .body("byFiscalYear[1].plannedFunding", equalTo("63240.00"))
                .body("byFiscalYear[1].actualCost", equalTo("0.00"))
                .body("byCategory.category", contains("PERSONNEL", "EVENTS", "TRAINING", "STATE_GRANT"))
                .body("byCategory.kind", contains("COST", "COST", "COST", "FUNDING"))
                .body("byCategory.planned", contains("180000.00", "5400.00", "15000.00", "120240.00"))
                .body("byCategory.actual", contains("93750.75", "0.00", "0.00", "30000.00"));

        // one fiscal year: 2015 lines are left out, and still the third project's lines
        given().queryParam("projectId", wil, lafi).queryParam("fiscalYear", 2016)
                .when().get(SUMMARY)
                .then().statusCode(200)
                .body("fiscalYear", equalTo(2016))
                .body("plannedCost", equalTo("105400.00"))
                .body("plannedFunding", equalTo("63240.00"))
                .body("remainingCost", equalTo("42160.00"))
                .body("fundingRate", equalTo("60.00"))
                .body("actualCost", equalTo("0.00"))
                .body("byFiscalYear.fiscalYear", contains(2016))
                .body("byProject.find { it.projectId == '" + wil + "' }.plannedCost", equalTo("55000.00"))
                .body("byProject.find { it.projectId == '" + lafi + "' }.plannedFunding", equalTo("30240.00"));

        // one project alone, repeated ids count once
        given().queryParam("projectId", wil, wil)
                .when().get(SUMMARY)
                .then().statusCode(200)
                .body("projectIds", contains(wil))
                .body("plannedCost", equalTo("105000.00"))
                .body("plannedFunding", equalTo("63000.00"))
                .body("byProject", hasSize(1));
    }

    @Test
    void summaryRoundsFundingRateHalfUpAndOmitsItWithoutCost() {
        String costly = createProject(uniqueCode("RND"), "Rounding");
        create(line(costly, 2017, "COST", "MATERIAL", "3.00"));
        create(line(costly, 2017, "FUNDING", "CITY_BUDGET", "2.00"));
        given().queryParam("projectId", costly).when().get(SUMMARY)
                .then().statusCode(200)
                .body("fundingRate", equalTo("66.67"))
                .body("remainingCost", equalTo("1.00"));

        String fundedOnly = createProject(uniqueCode("FUN"), "Funding only");
        String empty = createProject(uniqueCode("EMP"), "No lines");
        create(line(fundedOnly, 2017, "FUNDING", "FOUNDATION", "20000.00"));
        given().queryParam("projectId", fundedOnly, empty).when().get(SUMMARY)
                .then().statusCode(200)
                .body("plannedCost", equalTo("0.00"))
                .body("plannedFunding", equalTo("20000.00"))
                .body("remainingCost", equalTo("-20000.00"))
                .body("fundingRate", nullValue())
                .body("byProject", hasSize(2))
                .body("byProject.find { it.projectId == '" + empty + "' }.plannedCost", equalTo("0.00"))
                .body("byProject.find { it.projectId == '" + empty + "' }.fundingRate", nullValue());
    }

    @Test
    void summaryNeedsAtLeastOneExistingProject() {
        given().when().get(SUMMARY)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("projectId"))
                .body("violations[0].in", equalTo("query"));
        String known = createProject(uniqueCode("KNO"), "Known");
        String unknown = UUID.randomUUID().toString();
        given().queryParam("projectId", known, unknown).when().get(SUMMARY)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("projectId"))
                .body("violations[0].message", containsString(unknown));
        given().queryParam("projectId", "wil").when().get(SUMMARY)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("projectId"));
        given().queryParam("projectId", known).queryParam("fiscalYear", 1999).when().get(SUMMARY)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("fiscalYear"));
        given().queryParam("projectId", known).queryParam("fiscalYear", "next").when().get(SUMMARY)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("fiscalYear"));
    }

    @Test
    void summaryCostsTheSameFewStatementsForFewAndManyLines() {
        String few = createProject(uniqueCode("FEW"), "Few lines");
        String many = createProject(uniqueCode("MNY"), "Many lines");
        create(line(few, 2016, "COST", "RENT", "3820.00"));
        for (int i = 0; i < 20; i++) {
            create(line(many, 2000 + i, i % 2 == 0 ? "COST" : "FUNDING", "OTHER", i + ".50"));
        }
        long forFew = statementsFor(few);
        long forMany = statementsFor(many);
        assertEquals(forFew, forMany);
        assertTrue(forMany <= 4, "projects, and sums by project, year and category; was " + forMany);
    }

    private long statementsFor(String projectId) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().queryParam("projectId", projectId).when().get(SUMMARY).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
