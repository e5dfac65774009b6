package de.lotse.common.api;

import de.lotse.security.Access;
import de.lotse.security.AccessMatrix;
import de.lotse.security.Role;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Writes the access matrix into the contract: each operation says who may call it (in its
 * description and as {@code x-lotse-access}) and which OAuth scopes a tool needs.
 */
final class AccessDocumentation {

    static final String SCHEME = "keycloak";
    private static final Map<String, AccessMatrix.Rule> RULES = AccessMatrix.load();

    private AccessDocumentation() {
    }

    static void describe(Operation operation) {
        AccessMatrix.Rule rule = RULES.get(operation.getOperationId());
        if (rule == null) {
            return;
        }
        String allowed = roles(rule, Access.ALLOW);
        String own = roles(rule, Access.OWN);
        String tools = rule.clientScopes().map(scopes -> scopes.isEmpty() ? "any tool" : "tools with "
                + scopes.stream().map(s -> s.claim).sorted().collect(Collectors.joining(" + "))).orElse("no tools");
        String access = "Access: " + (allowed.isEmpty() ? "no role" : allowed) + (own.isEmpty() ? "" : "; own records only: " + own)
                + "; " + tools + ".";
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? access : description + "\n\n" + access);
        operation.addExtension("x-lotse-access", rule.roles().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), e -> e.getValue().name().toLowerCase(), (a, b) -> a, java.util.TreeMap::new)));
        List<String> scopes = rule.clientScopes().map(s -> s.stream().map(sc -> sc.claim).sorted().toList()).orElse(List.of());
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, scopes)));
    }

    private static String roles(AccessMatrix.Rule rule, Access access) {
        return rule.roles().entrySet().stream().filter(e -> e.getValue() == access).map(Map.Entry::getKey).map(Role::name)
                .collect(Collectors.joining(", "));
    }
}
