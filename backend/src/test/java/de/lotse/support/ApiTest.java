package de.lotse.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the HTTP tests: the app runs on this run's own PostgreSQL database, and every response
 * a test receives is validated against the committed contract, openapi.yaml. Requests are not
 * validated, because tests send invalid requests on purpose.
 */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public abstract class ApiTest {

    public static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static OpenApiValidationFilter contractFilter;

    @BeforeAll
    static void validateResponsesAgainstContract() throws Exception {
        if (contractFilter == null) {
            OpenApiInteractionValidator validator = OpenApiInteractionValidator
                    .createForInlineApiSpecification(Files.readString(CONTRACT))
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
            contractFilter = new OpenApiValidationFilter(validator);
        }
        RestAssured.replaceFiltersWith(contractFilter);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
