package de.lotse.sponsor;

import com.fasterxml.jackson.databind.JsonNode;
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

@Path("/api/v1/sponsors")
@Tag(name = "Sponsors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SponsorResource {

    private final SponsorService service;
    private final MergePatcher patcher;

    public SponsorResource(SponsorService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    @GET
    @Operation(operationId = "listSponsors", summary = "List sponsors",
            description = "q searches first and last name, e-mail, district, interests and availability. "
                    + "Sortable by lastName, firstName (default lastName,firstName), district, status, trainingCompletedOn, createdAt.")
    public Page<SponsorDto> list(@BeanParam @Valid PageParams page,
            @QueryParam("status") @Parameter(description = "Only sponsors in this status") SponsorStatus status,
            @QueryParam("district") @Parameter(description = "Only sponsors in this district (exact, case-insensitive)", example = "Oststadt") String district,
            @QueryParam("language") @Parameter(description = "Only sponsors who speak this language (ISO 639-1 code)", example = "ro",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2}$")) String language,
            @QueryParam("projectId") @Parameter(description = "Only sponsors of this project") UUID projectId,
            @QueryParam("trained") @Parameter(description = "true: only sponsors who completed the training; false: only those who did not") Boolean trained) {
        return service.list(new SponsorService.Filter(status, district, language, projectId, trained), page);
    }

    @POST
    @Operation(operationId = "createSponsor", summary = "Create a sponsor",
            description = "maxMentees defaults to 2. A projectId must name an existing project. "
                    + "The stored sponsor is returned with its id, version 0 and an ETag.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new sponsor",
            content = @Content(schema = @Schema(implementation = SponsorDto.class)))
    public RestResponse<SponsorDto> create(@Valid @NotNull SponsorRequest request, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(request));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSponsor", summary = "Get a sponsor", description = "The ETag header carries the version.")
    public RestResponse<SponsorDto> get(@PathParam("id") UUID id) {
        return Responses.withEtag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceSponsor", summary = "Replace a sponsor's writable fields",
            description = "Absent optional fields are cleared (maxMentees falls back to 2). Needs the current version in the body "
                    + "or as If-Match; a stale version is a 409 and changes nothing.")
    public RestResponse<SponsorDto> replace(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            @Valid @NotNull SponsorRequest request) {
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @PATCH
    @Path("{id}")
    @Consumes(Responses.MERGE_PATCH)
    @Operation(operationId = "patchSponsor", summary = "Change some fields of a sponsor (JSON Merge Patch)",
            description = "RFC 7396: sent fields replace, null removes. Needs the current version in the patch or as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = Responses.MERGE_PATCH,
            schema = @Schema(implementation = SponsorRequest.class)))
    public RestResponse<SponsorDto> patch(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            JsonNode patch) {
        SponsorRequest request = patcher.apply(service.writableState(id), patch, SponsorRequest.class);
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteSponsor", summary = "Delete a sponsor",
            description = "A 409 says what still refers to the sponsor (e.g. mentorships).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @Inject
    EntityHistory entityHistory;

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getSponsorHistory", summary = "Get the history of a sponsor",
            description = "Every stored revision of the sponsor, newest first: who changed it when, by which operation, which fields "
                    + "changed and the values afterwards. Also for a deleted sponsor.")
    public Page<HistoryEntryDto> history(@PathParam("id") UUID id, @BeanParam @Valid Paging paging) {
        return entityHistory.of(Sponsor.class, id, paging);
    }
}
