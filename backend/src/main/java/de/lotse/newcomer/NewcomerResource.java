package de.lotse.newcomer;

import com.fasterxml.jackson.databind.JsonNode;
import de.lotse.audit.AuditTrail;
import de.lotse.audit.EntityHistory;
import de.lotse.audit.HistoryEntryDto;
import de.lotse.audit.Paging;
import de.lotse.common.api.Responses;
import de.lotse.common.api.Versions;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.patch.MergePatcher;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/newcomers")
@Tag(name = "Newcomers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewcomerResource {

    private final NewcomerService service;
    private final MergePatcher patcher;

    public NewcomerResource(NewcomerService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    @GET
    @Operation(operationId = "listNewcomers", summary = "List newcomers",
            description = "q searches first and last name, district and accommodation (never the residence status). "
                    + "Sortable by lastName, firstName (default lastName,firstName), arrivalDate, district, status, countryOfOrigin, createdAt.")
    public Page<NewcomerDto> list(@BeanParam @Valid PageParams page,
            @QueryParam("status") @Parameter(description = "Only newcomers in this status") NewcomerStatus status,
            @QueryParam("district") @Parameter(description = "Only newcomers in this district (exact, case-insensitive)", example = "Oststadt") String district,
            @QueryParam("language") @Parameter(description = "Only newcomers who speak this language (ISO 639-1 code)", example = "ro",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2}$")) String language,
            @QueryParam("countryOfOrigin") @Parameter(description = "Only newcomers from this country (ISO 3166-1 alpha-2 code)", example = "RO",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{2}$")) String countryOfOrigin,
            @QueryParam("need") @Parameter(description = "Only newcomers with this need") NewcomerNeed need,
            @QueryParam("residenceStatus") @Parameter(description = "Only newcomers with this residence status") ResidenceStatus residenceStatus,
            @QueryParam("projectId") @Parameter(description = "Only newcomers of this project") UUID projectId,
            @QueryParam("arrivedFrom") @Parameter(description = "Only newcomers who arrived on or after this date (YYYY-MM-DD)") LocalDate arrivedFrom,
            @QueryParam("arrivedTo") @Parameter(description = "Only newcomers who arrived on or before this date (YYYY-MM-DD)") LocalDate arrivedTo) {
        Page<NewcomerDto> newcomers = service.list(new NewcomerService.Filter(status, district, language, countryOfOrigin, need,
                residenceStatus, projectId, arrivedFrom, arrivedTo), page);
        auditTrail.recordRead("newcomer", newcomers.items().stream().filter(n -> n.residenceStatus() != null).map(NewcomerDto::id).toList(),
                "residenceStatus");
        return newcomers;
    }

    @POST
    @Operation(operationId = "createNewcomer", summary = "Create a newcomer",
            description = "householdSize defaults to 1, residenceStatus to UNKNOWN, status to WAITING. A projectId must name an "
                    + "existing project. The stored newcomer is returned with its id, version 0 and an ETag.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new newcomer",
            content = @Content(schema = @Schema(implementation = NewcomerDto.class)))
    public RestResponse<NewcomerDto> create(@Valid @NotNull NewcomerRequest request, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(request));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNewcomer", summary = "Get a newcomer", description = "The ETag header carries the version.")
    public RestResponse<NewcomerDto> get(@PathParam("id") UUID id) {
        NewcomerDto newcomer = service.get(id);
        if (newcomer.residenceStatus() != null) {
            auditTrail.recordRead("newcomer", List.of(id), "residenceStatus");
        }
        return Responses.withEtag(newcomer);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceNewcomer", summary = "Replace a newcomer's writable fields",
            description = "Absent optional fields are cleared or fall back to their defaults. Needs the current version in the body "
                    + "or as If-Match; a stale version is a 409 and changes nothing.")
    public RestResponse<NewcomerDto> replace(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            @Valid @NotNull NewcomerRequest request) {
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @PATCH
    @Path("{id}")
    @Consumes(Responses.MERGE_PATCH)
    @Operation(operationId = "patchNewcomer", summary = "Change some fields of a newcomer (JSON Merge Patch)",
            description = "RFC 7396: sent fields replace, null removes. Needs the current version in the patch or as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = Responses.MERGE_PATCH,
            schema = @Schema(implementation = NewcomerRequest.class)))
    public RestResponse<NewcomerDto> patch(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            JsonNode patch) {
        NewcomerRequest request = patcher.apply(service.writableState(id), patch, NewcomerRequest.class);
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteNewcomer", summary = "Delete a newcomer",
            description = "A 409 says what still refers to the newcomer (e.g. mentorships).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @Inject
    EntityHistory entityHistory;

    /** Every response that carries a residence status is recorded. */
    @Inject
    AuditTrail auditTrail;

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getNewcomerHistory", summary = "Get the history of a newcomer",
            description = "Every stored revision of the newcomer, newest first: who changed it when, by which operation, which fields "
                    + "changed and the values afterwards. Also for a deleted newcomer.")
    public Page<HistoryEntryDto> history(@PathParam("id") UUID id, @BeanParam @Valid Paging paging) {
        return entityHistory.of(Newcomer.class, id, paging);
    }
}
