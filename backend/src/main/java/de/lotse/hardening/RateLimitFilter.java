package de.lotse.hardening;

import de.lotse.common.error.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rate limiting of the API ({@link RateLimiter}). A request without a token counts against its
 * address before anything else runs; a signed-in request counts against its token's subject once
 * the token is verified; a request whose token is refused counts against its address afterwards,
 * so guessing tokens is limited too. Every API response tells the client its quota
 * ({@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset}); beyond it the
 * answer is a 429 problem with {@code Retry-After}.
 */
public class RateLimitFilter {

    private static final URI RATE_LIMITED = Problems.type("rate-limited");
    private static final String QUOTA = RateLimitFilter.class.getName() + ".quota";

    private final RateLimiter limiter;
    private final SecurityIdentity identity;

    public RateLimitFilter(RateLimiter limiter, SecurityIdentity identity) {
        this.limiter = limiter;
        this.identity = identity;
    }

    @ServerRequestFilter(preMatching = true)
    public void byAddress(ContainerRequestContext request, HttpServerRequest http) {
        if (!isApi(request)) {
            return;
        }
        String address = address(http);
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null || limiter.exhausted(address)) {
            check(request, limiter.forAddress(address));
        }
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void bySubject(ContainerRequestContext request) {
        if (!isApi(request) || identity.isAnonymous() || request.getProperty(QUOTA) != null) {
            return;
        }
        check(request, limiter.forSubject(subject()));
    }

    @ServerResponseFilter
    public void quotaHeaders(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        if (!isApi(request)) {
            return;
        }
        RateLimiter.Quota quota = (RateLimiter.Quota) request.getProperty(QUOTA);
        if (quota == null && response.getStatus() == 401) {
            quota = limiter.forAddress(address(http));
        }
        if (quota != null) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("RateLimit-Limit", quota.limit());
            headers.putSingle("RateLimit-Remaining", quota.remaining());
            headers.putSingle("RateLimit-Reset", quota.resetSeconds());
        }
    }

    private static void check(ContainerRequestContext request, RateLimiter.Quota quota) {
        request.setProperty(QUOTA, quota);
        if (!quota.allowed()) {
            throw tooManyRequests(quota.retryAfterSeconds());
        }
    }

    private static HttpProblem tooManyRequests(long retryAfterSeconds) {
        return HttpProblem.builder()
                .withType(RATE_LIMITED)
                .withStatus(429)
                .withTitle("Too Many Requests")
                .withDetail("Too many requests in a short time. Retry after " + retryAfterSeconds + " seconds.")
                .withHeader("Retry-After", retryAfterSeconds)
                .build();
    }

    private String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (token.getSubject() != null) {
                return token.getSubject();
            }
            Object client = token.getClaim("azp");
            if (client != null) {
                return "client:" + client;
            }
        }
        return identity.getPrincipal().getName();
    }

    private static boolean isApi(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("/api/");
    }

    private static String address(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
