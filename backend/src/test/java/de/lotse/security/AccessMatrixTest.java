package de.lotse.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.lotse.support.ApiTest;
import de.lotse.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls every operation of openapi.yaml as every role, as tools with and without the scopes it
 * needs, and without a token, and checks each answer against the access matrix: denied is 403,
 * no token 401, allowed passes the gate, "own" sees the caller's records and nothing else (404).
 * Writes go to ids that don't exist or carry an empty body, so an allowed write is answered by
 * validation (400/404) and the fixtures stay as they are.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends ApiTest {

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Map<String, AccessMatrix.Rule> MATRIX = AccessMatrix.load();
    private static final List<Operation> OPERATIONS = operationsOfTheContract();

    /** Records every GET can point at: "own" ones (in the coordinator's project, the sponsor's own) and others. */
    private final Map<String, String> own = new HashMap<>();
    private final Map<String, String> foreign = new HashMap<>();
    private String coordinatedProjectCode;

    record Operation(String id, String method, String path, List<String> requiredQuery) {
        boolean reads() {
            return method.equals("get");
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** Who calls: a person with a role, a tool, or nobody. */
    record Who(String name, Role role, boolean client, boolean withNeededScopes) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Once, on first use (RestAssured knows the app's port only inside a test). */
    private void createRecordsOfTwoProjects() {
        if (!own.isEmpty()) {
            return;
        }
        coordinatedProjectCode = "M" + UUID.randomUUID().toString().substring(0, 7).toUpperCase(Locale.ROOT);
        String ownProject = create("/api/v1/projects", Map.of("code", coordinatedProjectCode, "name", "Matrix own", "status", "RUNNING"));
        String otherProject = create("/api/v1/projects", Map.of("code", "N" + coordinatedProjectCode.substring(1), "name", "Matrix other",
                "status", "RUNNING"));
        own.put("projects", ownProject);
        own.put("sponsors", create("/api/v1/sponsors", Map.of("firstName", "Mara", "lastName", "Eigen", "status", "ACTIVE",
                "projectId", ownProject)));
        foreign.put("sponsors", create("/api/v1/sponsors", Map.of("firstName", "Fritz", "lastName", "Fremd", "status", "ACTIVE",
                "projectId", otherProject)));
        own.put("newcomers", create("/api/v1/newcomers", Map.of("firstName", "Nora", "lastName", "Eigen", "projectId", ownProject)));
        foreign.put("newcomers", create("/api/v1/newcomers", Map.of("firstName", "Nils", "lastName", "Fremd", "projectId", otherProject)));
        own.put("milestones", create("/api/v1/projects/" + ownProject + "/milestones", Map.of("title", "Kick-off", "status", "PLANNED")));
        own.put("budget-lines", create("/api/v1/budget-lines", Map.of("projectId", ownProject, "fiscalYear", 2016, "kind", "COST",
                "category", "PERSONNEL", "description", "Stelle", "plannedAmount", "1000.00")));
        String association = create("/api/v1/associations", Map.of("name", "Matrix e. V.", "kind", "CLUB"));
        own.put("associations", association);
        String meeting = create("/api/v1/network-meetings", Map.of("title", "Netzwerktreffen", "format", "NETWORK_MEETING",
                "startsAt", "2021-10-05T15:00:00Z"));
        own.put("network-meetings", meeting);
        own.put("participants", create("/api/v1/network-meetings/" + meeting + "/participants", Map.of("associationId", association)));
        own.put("actions", create("/api/v1/network-meetings/" + meeting + "/actions", Map.of("description", "Protokoll", "owner", "Büro")));
    }

    static Stream<Arguments> everyOperationAsEveryCaller() {
        List<Who> callers = new ArrayList<>();
        for (Role role : Role.values()) {
            callers.add(new Who(role.name(), role, false, false));
        }
        callers.add(new Who("tool with the needed scopes", null, true, true));
        callers.add(new Who("tool lacking a needed scope", null, true, false));
        callers.add(new Who("no token", null, false, false));
        return OPERATIONS.stream().flatMap(op -> callers.stream().map(caller -> Arguments.of(op, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyOperationAsEveryCaller")
    void answersAsTheMatrixSays(Operation operation, Who caller) {
        createRecordsOfTwoProjects();
        AccessMatrix.Rule rule = MATRIX.get(operation.id());
        assertTrue(rule != null, operation.id() + " is missing from " + AccessMatrix.RESOURCE);
        if (caller.name().equals("no token")) {
            assertEquals(401, call(operation, anonymously(), own).statusCode(), "without a token");
            return;
        }
        if (caller.client()) {
            checkTool(operation, rule, caller.withNeededScopes());
            return;
        }
        Access access = rule.roles().get(caller.role());
        RequestSpecification as = as(token(caller.role()));
        switch (access) {
            case DENY -> assertEquals(403, call(operation, as, own).statusCode(), "denied is 403");
            case ALLOW -> passesTheGate(operation, call(operation, as(token(caller.role())), own));
            case OWN -> {
                passesTheGate(operation, call(operation, as, own));
                if (operation.reads() && operation.path().endsWith("{id}") && foreign.containsKey(collectionOf(operation.path()))) {
                    assertEquals(404, call(operation, as(token(caller.role())), foreign).statusCode(),
                            "someone else's record is not found");
                }
            }
        }
    }

    private void checkTool(Operation operation, AccessMatrix.Rule rule, boolean withNeededScopes) {
        Set<String> needed = rule.clientScopes().map(s -> s.stream().map(sc -> sc.claim).collect(Collectors.toSet())).orElse(null);
        if (needed == null) {
            // No tool may call it, whatever its scopes.
            Set<String> all = Stream.of(Scope.values()).map(s -> s.claim).collect(Collectors.toSet());
            assertEquals(403, call(operation, as(Tokens.client("tool", all)), own).statusCode(), "no tool access");
        } else if (withNeededScopes) {
            passesTheGate(operation, call(operation, as(Tokens.client("tool", needed)), own));
        } else if (!needed.isEmpty()) {
            Set<String> lacking = Stream.of(Scope.values()).map(s -> s.claim).collect(Collectors.toCollection(TreeSet::new));
            lacking.remove(needed.iterator().next());
            assertEquals(403, call(operation, as(Tokens.client("tool", lacking)), own).statusCode(), "a needed scope is missing");
        }
    }

    @Test
    void everyOperationOfTheContractIsInTheMatrixAndEveryRowIsAnOperation() {
        Set<String> inContract = OPERATIONS.stream().map(Operation::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inMatrix = new TreeSet<>(MATRIX.keySet());
        Set<String> missing = new TreeSet<>(inContract);
        missing.removeAll(inMatrix);
        Set<String> stale = new TreeSet<>(inMatrix);
        stale.removeAll(inContract);
        assertEquals(Set.of(), missing, "operations without a row in " + AccessMatrix.RESOURCE);
        assertEquals(Set.of(), stale, "rows of " + AccessMatrix.RESOURCE + " naming no operation of openapi.yaml");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertEquals(401, as(Tokens.forOtherAudience()).get("/api/v1/projects").statusCode());
    }

    // --- helpers ----------------------------------------------------------------------------------

    private String token(Role role) {
        return switch (role) {
            case COORDINATOR -> Tokens.coordinatorOf(coordinatedProjectCode);
            case SPONSOR -> Tokens.sponsor(UUID.fromString(own.get("sponsors")));
            default -> Tokens.role(role);
        };
    }

    /** Reads: the records of {@code ids}; writes: an id that doesn't exist, or an empty body. */
    private Response call(Operation operation, RequestSpecification request, Map<String, String> ids) {
        String path = resolve(operation, ids);
        for (String name : operation.requiredQuery()) {
            request = request.queryParam(name, name.toLowerCase(Locale.ROOT).contains("project") ? own.get("projects") : "x");
        }
        if (!operation.reads() && !operation.method().equals("delete")) {
            request = request.contentType(operation.method().equals("patch") ? "application/merge-patch+json" : "application/json").body("{}");
        }
        return request.request(operation.method().toUpperCase(Locale.ROOT), path);
    }

    private String resolve(Operation operation, Map<String, String> ids) {
        Matcher matcher = PARAM.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        String[] segments = operation.path().split("/");
        while (matcher.find()) {
            String value;
            if (!operation.reads()) {
                value = UUID.randomUUID().toString();
            } else {
                String collection = collectionBefore(segments, matcher.group());
                value = ids.getOrDefault(collection, own.getOrDefault(collection, UUID.randomUUID().toString()));
            }
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static String collectionBefore(String[] segments, String placeholder) {
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals(placeholder)) {
                return segments[i - 1];
            }
        }
        return "";
    }

    private static String collectionOf(String path) {
        String[] segments = path.split("/");
        return segments[segments.length - 2];
    }

    /** Allowed: neither 401 nor 403; a read of existing records succeeds. */
    private void passesTheGate(Operation operation, Response response) {
        int status = response.statusCode();
        assertTrue(status != 401 && status != 403, operation.id() + " should be allowed but was " + status + ": " + response.asString());
        if (operation.reads()) {
            assertTrue(status == 200 || status == 404 && PARAM.matcher(operation.path()).find() && !resolvable(operation.path()),
                    operation.id() + " should be readable but was " + status + ": " + response.asString());
        }
    }

    private boolean resolvable(String path) {
        Matcher matcher = PARAM.matcher(path);
        String[] segments = path.split("/");
        while (matcher.find()) {
            if (!own.containsKey(collectionBefore(segments, matcher.group()))) {
                return false;
            }
        }
        return true;
    }

    private static String create(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(201).extract().path("id");
    }

    private static List<Operation> operationsOfTheContract() {
        try {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT)).path("paths");
            List<Operation> operations = new ArrayList<>();
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                if (!path.getKey().startsWith("/api/")) {
                    return;
                }
                List<String> required = new ArrayList<>();
                method.getValue().path("parameters").forEach(p -> {
                    if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                        required.add(p.path("name").asText());
                    }
                });
                operations.add(new Operation(method.getValue().path("operationId").asText(), method.getKey(), path.getKey(), required));
            }));
            return operations;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + CONTRACT, e);
        }
    }
}
