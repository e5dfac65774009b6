package de.lotse.hardening;

import de.lotse.common.error.Problems;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an API request whose Content-Length exceeds {@code lotse.max-body-size} with a 413
 * problem before a byte of the body is read. It runs just ahead of Quarkus' own check
 * (quarkus.http.limits.max-body-size, the same size), which answers without a body and also stops
 * chunked bodies once they grow past the limit.
 */
@ApplicationScoped
public class BodyLimit {

    static final String TYPE = Problems.TYPE_PREFIX + "body-too-large";

    void register(@Observes Router router, @ConfigProperty(name = "lotse.max-body-size") MemorySize maxBodySize) {
        long limit = maxBodySize.asLongValue();
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            if (declaredLength(context) > limit) {
                refuse(context, limit);
            } else {
                context.next();
            }
        });
    }

    private static long declaredLength(RoutingContext context) {
        try {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void refuse(RoutingContext context, long limit) {
        String problem = new JsonObject()
                .put("type", TYPE)
                .put("title", "Content Too Large")
                .put("status", 413)
                .put("detail", "The request body is larger than " + limit + " bytes. Nothing was changed.")
                .put("instance", context.request().path())
                .encode();
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(v -> context.request().connection().close())
                .end(problem);
    }
}
