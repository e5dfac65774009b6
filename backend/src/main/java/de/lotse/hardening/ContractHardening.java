package de.lotse.hardening;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What the hardening adds to the contract (Spectral's OWASP rules check it): the rate-limit and
 * CORS headers of the responses, the server as relative to where the contract is served, the
 * token rules of the security scheme, and the limits of every value ({@link ContractLimits}).
 */
public final class ContractHardening {

    public static final String RETRY_AFTER = "#/components/headers/Retry-After";
    private static final String HEADERS = "#/components/headers/";
    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private ContractHardening() {
    }

    public static void apply(OpenAPI openAPI) {
        declareHeaders(openAPI);
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The installation serving this contract (local: http://localhost:8080 by ./lotse run; production: HTTPS only)")
                .addExtension("x-internal", true)));
        SecurityScheme keycloak = openAPI.getComponents().getSecuritySchemes() == null ? null
                : openAPI.getComponents().getSecuritySchemes().get("keycloak");
        if (keycloak != null) {
            keycloak.setDescription(keycloak.getDescription() + " Access tokens are signed JWTs that live 5 minutes; the API checks them"
                    + " as RFC8725 recommends (signature by the realm's keys, no 'none' algorithm, issuer, audience lotse-api, expiry)"
                    + " and a client gets a new one at the token URL.");
            if (keycloak.getFlows() != null) {
                for (OAuthFlow flow : new OAuthFlow[] {keycloak.getFlows().getAuthorizationCode(), keycloak.getFlows().getClientCredentials()}) {
                    if (flow != null && flow.getRefreshUrl() == null) {
                        flow.setRefreshUrl(flow.getTokenUrl());
                    }
                }
            }
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                    operation.getResponses().getAPIResponses().forEach((code, response) -> {
                        if (code.startsWith("2") || code.startsWith("4")) {
                            RATE_LIMIT_HEADERS.forEach(name -> addHeader(response.getHeaders(), response::addHeader, name));
                        }
                        if (response.getHeaders() != null && !response.getHeaders().isEmpty()) {
                            addHeader(response.getHeaders(), response::addHeader, ALLOW_ORIGIN);
                        }
                    })));
        }
        ContractLimits.apply(openAPI);
    }

    private static void addHeader(Map<String, Header> existing, BiConsumer<String, Header> add, String name) {
        if (existing == null || !existing.containsKey(name)) {
            add.accept(name, OASFactory.createHeader().ref(HEADERS + name));
        }
    }

    private static void declareHeaders(OpenAPI openAPI) {
        openAPI.getComponents()
                .addHeader("Retry-After", header("Seconds after which the request may be retried", integer(1, 3600)))
                .addHeader("RateLimit-Limit", header("Requests the client may send per minute (LOTSE_RATE_LIMIT_PER_MINUTE; "
                        + "without a token, per address: LOTSE_RATE_LIMIT_ANONYMOUS_PER_MINUTE)", integer(1, Integer.MAX_VALUE)))
                .addHeader("RateLimit-Remaining", header("Requests left to the client now", integer(0, Integer.MAX_VALUE)))
                .addHeader("RateLimit-Reset", header("Seconds until the client's quota is full again", integer(0, 60)))
                .addHeader(ALLOW_ORIGIN, header("Present when the request came from a browser origin the API allows (LOTSE_CORS_ORIGINS)",
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(2048)));
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema integer(long minimum, long maximum) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }
}
