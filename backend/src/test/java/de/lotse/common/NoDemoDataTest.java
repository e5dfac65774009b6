package de.lotse.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.lotse.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Outside the demo profile the demo location is never applied. */
@QuarkusTest
class NoDemoDataTest extends ApiTest {

    @Test
    void testsAndProductionStartWithoutDemoData() {
        given().when().get("/api/v1/projects/01900000-0001-7000-8000-000000000001").then().statusCode(404);
        given().queryParam("q", "Caritas-Zentrum Ludwigsburg").when().get("/api/v1/associations")
                .then().body("total", equalTo(0));
    }
}
