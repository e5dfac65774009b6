package de.lotse.common.api;

import de.lotse.hardening.ContractHardening;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the problem (RFC 9457) schema once and adds to every operation the error responses it
 * can give, so the contract lists them without each resource repeating them.
 */
public class ContractFilter implements OASFilter {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // quarkus-resteasy-problem contributes schemas of its own; Lotse declares one problem schema.
        openAPI.getComponents().removeSchema("HttpProblem");
        openAPI.getComponents().removeSchema("HttpValidationProblem");
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().addSchema("Violation", violationSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            boolean single = path.contains("{");
            item.getOperations().forEach((method, operation) -> {
                addErrors(method, operation, single);
                AccessDocumentation.describe(operation);
            });
        });
        ContractHardening.apply(openAPI);
    }

    private static void addErrors(PathItem.HttpMethod method, Operation operation, boolean single) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Invalid request: bad syntax, unknown property or parameter, or invalid values (see violations)");
        errors.put("401", "No valid access token: sign in and send it as 'Authorization: Bearer <token>'");
        errors.put("403", "The caller's role or scopes do not allow this operation (see the access matrix)");
        if (single) {
            errors.put("404", "No such resource");
        }
        switch (method) {
            case POST -> {
                errors.put("409", "Conflict with stored data, e.g. a duplicate unique value");
                errors.put("415", "Unsupported media type");
            }
            case PUT, PATCH -> {
                errors.put("409", "The version sent is stale: someone else changed the record; nothing was changed");
                errors.put("415", "Unsupported media type");
            }
            case DELETE -> errors.put("409", "Still referenced by other records; the detail says which");
            default -> {
            }
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            errors.put("413", "The request body is larger than the API accepts (LOTSE_MAX_BODY_SIZE); nothing was changed");
        }
        errors.put("429", "Too many requests from this client; retry after the Retry-After seconds");
        errors.put("500", "An unexpected error; nothing was changed");
        errors.put("503", "The database is unavailable; retry after the Retry-After seconds");
        errors.forEach((code, description) -> {
            APIResponse existing = operation.getResponses().getAPIResponse(code);
            if (existing == null || existing.getContent() == null) {
                operation.getResponses().addAPIResponse(code, problemResponse(description, code));
            }
        });
    }

    private static APIResponse problemResponse(String description, String code) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        if ("429".equals(code) || "503".equals(code)) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref(ContractHardening.RETRY_AFTER));
        }
        return response;
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An error, as RFC 9457 problem details")
                .addProperty("type", string("Problem type; urn:lotse:problem:<name> for Lotse's own, absent for plain HTTP errors")
                        .example("urn:lotse:problem:validation"))
                .addProperty("title", string("Short summary of the problem type").example("Invalid request"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599))
                        .description("HTTP status code").example(400))
                .addProperty("detail", string("What went wrong in this occurrence").example("1 field is invalid"))
                .addProperty("instance", string("Path of the request").example("/api/v1/projects"))
                .addProperty("currentVersion", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .description("With a version conflict: the version now stored"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("With a validation problem: each invalid field")
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .required(List.of("status", "title"));
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One invalid field of a request")
                .addProperty("field", string("Property path in the body, or parameter name").example("endDate"))
                .addProperty("in", string("Where the field was sent: body, query, path or header").example("body"))
                .addProperty("message", string("What is wrong").example("must not be before startDate"))
                .required(List.of("field", "in", "message"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
