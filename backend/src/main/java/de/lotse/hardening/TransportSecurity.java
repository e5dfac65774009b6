package de.lotse.hardening;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Strict-Transport-Security on responses served over TLS: directly, or through a trusted proxy
 * that says so in X-Forwarded-Proto (quarkus.http.proxy.*). Over plain HTTP the header would be
 * meaningless (browsers ignore it there) and would only pin a development host to HTTPS.
 */
@ApplicationScoped
public class TransportSecurity {

    void register(@Observes Filters filters, @ConfigProperty(name = "lotse.hsts") String hsts) {
        filters.register(context -> {
            if ("https".equalsIgnoreCase(context.request().scheme())) {
                context.response().putHeader("Strict-Transport-Security", hsts);
            }
            context.next();
        }, 100);
    }
}
