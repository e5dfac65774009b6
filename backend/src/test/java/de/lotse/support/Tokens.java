package de.lotse.support;

import de.lotse.security.Role;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed access tokens as Keycloak issues them, from the test OIDC server's key
 * (quarkus-test-oidc-server): no identity provider runs for the API tests.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "lotse-api";

    /** Signing costs milliseconds; the tests ask for the same few tokens hundreds of times. */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A person with {@code role}; {@code extra} adds claims such as lotse_projects or lotse_sponsor_id. */
    public static String person(String username, Role role, Map<String, Object> extra) {
        return CACHE.computeIfAbsent("person " + username + role + extra, key -> signPerson(username, role, extra));
    }

    private static String signPerson(String username, Role role, Map<String, Object> extra) {
        JwtClaimsBuilder claims = base(username).claim("name", "Test " + username)
                .claim("realm_access", Map.of("roles", List.of(role.name())));
        extra.forEach(claims::claim);
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    public static String staff() {
        return person("staff", Role.STAFF, Map.of());
    }

    public static String role(Role role) {
        return person(role.name().toLowerCase(), role, Map.of());
    }

    public static String coordinatorOf(String... projectCodes) {
        return person("coordinator", Role.COORDINATOR, Map.of("lotse_projects", List.of(projectCodes)));
    }

    public static String sponsor(UUID sponsorId) {
        return person("sponsor", Role.SPONSOR, Map.of("lotse_sponsor_id", sponsorId.toString()));
    }

    /** A tool of the city with the client-credentials grant and these scopes (e.g. "lotse.read"). */
    public static String client(String clientId, Set<String> scopes) {
        return CACHE.computeIfAbsent("client " + clientId + new java.util.TreeSet<>(scopes), key -> signClient(clientId, scopes));
    }

    private static String signClient(String clientId, Set<String> scopes) {
        return base("service-account-" + clientId).claim("azp", clientId).claim("scope", String.join(" ", scopes))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token the API must refuse: signed right, but for another audience. */
    public static String forOtherAudience() {
        return Jwt.issuer(ISSUER).audience("another-api").subject(UUID.randomUUID().toString()).preferredUserName("staff")
                .claim("realm_access", Map.of("roles", List.of("STAFF"))).expiresIn(600).jws().keyId("1").sign("privateKey.jwk");
    }

    private static JwtClaimsBuilder base(String username) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .preferredUserName(username).expiresIn(600);
    }
}
