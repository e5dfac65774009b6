package de.lotse.privacy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Newcomers, sponsors and projects the privacy tests create through the API (as office staff). */
final class People {

    static final String NEWCOMERS = "/api/v1/newcomers";
    static final String SPONSORS = "/api/v1/sponsors";

    private People() {
    }

    /** A value no other test uses, e.g. a district that only this test's people live in. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String project(String code) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Willkommen in Ludwigsburg", "status", "RUNNING"))
                .when().post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> newcomer(String lastName, String district) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Elena");
        body.put("lastName", lastName);
        body.put("countryOfOrigin", "RO");
        body.put("languages", List.of("ro", "en"));
        body.put("arrivalDate", "2026-01-15");
        body.put("district", district);
        body.put("accommodation", "Anschlussunterbringung Fuchshofstraße");
        body.put("householdSize", 4);
        body.put("needs", List.of("SCHOOL", "AUTHORITIES"));
        body.put("residenceStatus", "RESIDENCE_PERMIT");
        body.put("status", "ACCOMPANIED");
        body.put("consentGivenAt", "2026-03-01T09:30:00Z");
        body.put("email", "elena.popescu@example.org");
        body.put("phone", "+49 7141 654321");
        body.put("notes", "Two children of school age.");
        return body;
    }

    static Map<String, Object> sponsor(String lastName, String district) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Anna");
        body.put("lastName", lastName);
        body.put("email", "anna.beispiel@example.org");
        body.put("phone", "+49 7141 123456");
        body.put("languages", List.of("de", "ro"));
        body.put("district", district);
        body.put("interests", List.of("Schule", "Fußball"));
        body.put("availability", "weekday evenings");
        body.put("status", "ACTIVE");
        body.put("trainingCompletedOn", "2015-09-30");
        body.put("maxMentees", 3);
        body.put("consentGivenAt", "2026-03-01T09:30:00Z");
        body.put("notes", "Speaks Romanian at home.");
        return body;
    }

    static String create(String collection, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(collection)
                .then().statusCode(201).extract().path("id");
    }

    static String giveConsent(String person, String purpose) {
        return given().contentType(ContentType.JSON).body(Map.of("purpose", purpose, "note", "Signed form"))
                .when().post(person + "/consents")
                .then().statusCode(201).extract().path("id");
    }

    /** Runs a statement on the test run's database, e.g. to date an end of involvement back. */
    static int sql(DataSource dataSource, String statement, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.execute() ? countOf(ps) : ps.getUpdateCount();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int countOf(PreparedStatement ps) throws SQLException {
        try (var rs = ps.getResultSet()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
