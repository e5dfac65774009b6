package de.lotse.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final Caller caller;
    private final AccessMatrix matrix;

    public MeResource(Caller caller, AccessMatrix matrix) {
        this.caller = caller;
        this.matrix = matrix;
    }

    @Schema(name = "Me", description = "The signed-in caller and what the access matrix allows them")
    public record MeDto(
            @Schema(required = true, description = "Account name, or the client id of a tool", example = "staff") String username,
            @Schema(required = true, description = "Name to show", example = "Sabine Stahl") String name,
            @Schema(required = true, description = "Roles of a person; empty for a tool") List<Role> roles,
            @Schema(description = "Scopes of a tool's token; absent for a person") List<String> scopes,
            @Schema(description = "The own sponsor record of a SPONSOR") UUID sponsorId,
            @Schema(description = "Project codes a COORDINATOR coordinates", example = "[\"WIL\"]") Set<String> projectCodes,
            @Schema(required = true, description = "Every operationId the caller may call: ALLOW, or OWN for their own records only")
            Map<String, Access> operations) {
    }

    @GET
    @Operation(operationId = "getMe", summary = "Who am I, and what may I do",
            description = "The SPA shows navigation and actions from operations; the API still decides every request.")
    public MeDto me() {
        Map<String, Access> operations = new LinkedHashMap<>();
        matrix.rules().keySet().forEach(op -> {
            Access access = caller.accessTo(op);
            if (access != Access.DENY) {
                operations.put(op, access);
            }
        });
        boolean client = caller.isClient();
        return new MeDto(caller.username(), caller.displayName(), List.copyOf(caller.roles()),
                client ? caller.scopes().stream().map(s -> s.claim).sorted().toList() : null,
                caller.sponsorId().orElse(null), client || caller.projectCodes().isEmpty() ? null : caller.projectCodes(), operations);
    }
}
