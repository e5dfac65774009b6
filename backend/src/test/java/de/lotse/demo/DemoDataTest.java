package de.lotse.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.lotse.support.ApiTest;
import de.lotse.support.TestDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The demo data that ./lotse run loads, on a database of its own: it reproduces the figures of
 * the council reports exactly.
 */
@QuarkusTest
@TestProfile(DemoDataTest.DemoProfile.class)
class DemoDataTest extends ApiTest {

    static final String WIL = "01900000-0001-7000-8000-000000000001";
    static final String LAFI = "01900000-0001-7000-8000-000000000002";

    @Test
    void budgetOfWilAndLafiMatchesReport167of15() {
        given().queryParam("projectId", WIL, LAFI)
                .when().get("/api/v1/budget-lines/summary")
                .then().statusCode(200)
                .body("plannedCost", equalTo("200400.00"))
                .body("plannedFunding", equalTo("120240.00"))
                .body("remainingCost", equalTo("80160.00"))
                .body("fundingRate", equalTo("60.00"));
    }

    @Test
    void hasTheNetworkAndTheSponsorshipProgramme() {
        given().queryParam("size", 1).when().get("/api/v1/associations").then().body("total", equalTo(45));
        given().queryParam("size", 1).when().get("/api/v1/sponsors").then().body("total", equalTo(15));
        given().queryParam("size", 1).when().get("/api/v1/newcomers").then().body("total", equalTo(40));
        given().queryParam("format", "FIRESIDE_TALK").when().get("/api/v1/network-meetings").then().body("total", equalTo(3));
        given().queryParam("q", "Caritas-Zentrum").when().get("/api/v1/associations").then().body("total", equalTo(1));
    }

    @Test
    void residenceStatusesFollowTheProportionsOfReport438of16() {
        for (Map.Entry<String, Integer> expected : Map.of("RESIDENCE_PERMIT", 17, "TOLERATION", 6, "PERMISSION_TO_STAY", 17).entrySet()) {
            given().queryParam("residenceStatus", expected.getKey()).queryParam("size", 1)
                    .when().get("/api/v1/newcomers")
                    .then().body("total", equalTo(expected.getValue()));
        }
    }

    @Test
    void milestonesOfWilAreTheFiveOfTheReport() {
        given().when().get("/api/v1/projects/" + WIL + "/milestones")
                .then().statusCode(200).body("total", equalTo(5));
    }

    public static class DemoProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lotse.demo-data", "true");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DemoDatabase.class));
        }
    }

    /** A second database, only for this class, so demo rows never mix with other tests' data. */
    public static class DemoDatabase implements QuarkusTestResourceLifecycleManager {
        private String name;

        @Override
        public Map<String, String> start() {
            name = "lotse_demo_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
            TestDatabase.admin("CREATE DATABASE " + name);
            return Map.of("quarkus.datasource.jdbc.url", TestDatabase.urlOf(name));
        }

        @Override
        public void stop() {
            TestDatabase.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
