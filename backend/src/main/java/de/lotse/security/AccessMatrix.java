package de.lotse.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The access matrix ({@code security/access-matrix.csv}): for every operation of the API, what each
 * role may do and which scopes a third-party tool needs. The single source of who may do what.
 */
@ApplicationScoped
public class AccessMatrix {

    public static final String RESOURCE = "security/access-matrix.csv";
    private static final List<Role> COLUMNS = List.of(Role.STAFF, Role.COORDINATOR, Role.VOLUNTEER_COORDINATOR, Role.SPONSOR, Role.DPO);

    /** One row: access per role, and the scopes a client needs (empty optional: no client access). */
    public record Rule(Map<Role, Access> roles, Optional<Set<Scope>> clientScopes) {

        public Access forRoles(Set<Role> callerRoles) {
            return callerRoles.stream().map(r -> roles.getOrDefault(r, Access.DENY)).reduce(Access.DENY, Access::max);
        }

        public Access forScopes(Set<Scope> granted) {
            return clientScopes.filter(granted::containsAll).map(needed -> Access.ALLOW).orElse(Access.DENY);
        }
    }

    private final Map<String, Rule> rules;

    public AccessMatrix() {
        this.rules = load();
    }

    /** The rule of an operation, empty for an operation the matrix does not know (which nobody may call). */
    public Optional<Rule> rule(String operationId) {
        return Optional.ofNullable(rules.get(operationId));
    }

    public Map<String, Rule> rules() {
        return rules;
    }

    public static Map<String, Rule> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Rule> parse(List<String> lines) {
        Map<String, Rule> parsed = new LinkedHashMap<>();
        lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("operation,"))
                .forEach(line -> {
                    String[] cells = line.split(",", -1);
                    if (cells.length != COLUMNS.size() + 2) {
                        throw new IllegalStateException("Access matrix: row needs " + (COLUMNS.size() + 2) + " cells: " + line);
                    }
                    Map<Role, Access> roles = new EnumMap<>(Role.class);
                    for (int i = 0; i < COLUMNS.size(); i++) {
                        roles.put(COLUMNS.get(i), Access.parse(cells[i + 1]));
                    }
                    if (parsed.put(cells[0].strip(), new Rule(Collections.unmodifiableMap(roles), clientScopes(cells[cells.length - 1]))) != null) {
                        throw new IllegalStateException("Access matrix: operation listed twice: " + cells[0]);
                    }
                });
        return Collections.unmodifiableMap(parsed);
    }

    private static Optional<Set<Scope>> clientScopes(String cell) {
        return switch (cell.strip()) {
            case "none" -> Optional.empty();
            case "any" -> Optional.of(Set.of());
            default -> Optional.of(Arrays.stream(cell.strip().split("\\s+")).map(Scope::fromShortName).collect(Collectors.toUnmodifiableSet()));
        };
    }
}
