package de.lotse.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.lotse.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi.yaml is the contract; the served one must say the same (compared as
 * YAML trees: the generator does not promise a key order).
 */
@QuarkusTest
class ContractTest extends ApiTest {

    @Test
    void committedContractMatchesTheServedOne() throws Exception {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path actual = Path.of("target", "openapi-served.yaml");
        Files.writeString(actual, served);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertEquals(yaml.readTree(Files.readString(CONTRACT)), yaml.readTree(served),
                "openapi.yaml differs from the contract the code serves (written to backend/" + actual
                        + "). If the change is intended, run ./lotse contract and commit openapi.yaml.");
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
