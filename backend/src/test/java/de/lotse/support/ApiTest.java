package de.lotse.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the HTTP tests: the app runs on this run's own PostgreSQL database, and every response
 * a test receives is validated against the committed contract, openapi.yaml. Requests are not
 * validated, because tests send invalid requests on purpose. Requests are signed in as office
 * staff unless a test sends another token ({@link #as(String)}).
 */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
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
        RestAssured.replaceFiltersWith(ApiTest::signIn, contractFilter);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final String STAFF = "Bearer " + Tokens.staff();
    private static final String ANONYMOUS = "anonymous";

    /** A request sent with {@code token} instead of the office's. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    /** A request sent with no token at all. */
    public static RequestSpecification anonymously() {
        return RestAssured.given().header("Authorization", ANONYMOUS);
    }

    private static Response signIn(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        String authorization = request.getHeaders().getValue("Authorization");
        if (authorization == null) {
            request.header("Authorization", STAFF);
        } else if (ANONYMOUS.equals(authorization)) {
            request.removeHeader("Authorization");
        }
        return context.next(request, response);
    }
}
