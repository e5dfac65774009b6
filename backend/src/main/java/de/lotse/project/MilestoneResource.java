package de.lotse.project;

import com.fasterxml.jackson.databind.JsonNode;
import de.lotse.common.api.Responses;
import de.lotse.common.api.Versions;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.patch.MergePatcher;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/projects/{projectId}/milestones")
@Tag(name = "Projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MilestoneResource {

    private final MilestoneService service;
    private final MergePatcher patcher;

    public MilestoneResource(MilestoneService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    @GET
    @Operation(operationId = "listMilestones", summary = "List the milestones of a project",
            description = "Sortable by plannedDate (default), achievedDate, title, status, createdAt.")
    public Page<MilestoneDto> list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageParams page,
            @QueryParam("status") @Parameter(description = "Only milestones in this status") MilestoneStatus status) {
        return service.list(projectId, status, page);
    }

    @POST
    @Operation(operationId = "createMilestone", summary = "Add a milestone to a project",
            description = "A milestone with status ACHIEVED needs its achievedDate.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new milestone",
            content = @Content(schema = @Schema(implementation = MilestoneDto.class)))
    public RestResponse<MilestoneDto> create(@PathParam("projectId") UUID projectId,
            @Valid @NotNull MilestoneRequest request, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(projectId, request));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMilestone", summary = "Get a milestone", description = "The ETag header carries the version.")
    public RestResponse<MilestoneDto> get(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id) {
        return Responses.withEtag(service.get(projectId, id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceMilestone", summary = "Replace a milestone's writable fields",
            description = "Needs the current version in the body or as If-Match; a stale version is a 409 and changes nothing.")
    public RestResponse<MilestoneDto> replace(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            @Valid @NotNull MilestoneRequest request) {
        return Responses.withEtag(service.update(projectId, id, request, Versions.expected(ifMatch, request.version())));
    }

    @PATCH
    @Path("{id}")
    @Consumes(Responses.MERGE_PATCH)
    @Operation(operationId = "patchMilestone", summary = "Change some fields of a milestone (JSON Merge Patch)",
            description = "RFC 7396: sent fields replace, null removes. Needs the current version in the patch or as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = Responses.MERGE_PATCH,
            schema = @Schema(implementation = MilestoneRequest.class)))
    public RestResponse<MilestoneDto> patch(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            JsonNode patch) {
        MilestoneRequest request = patcher.apply(service.writableState(projectId, id), patch, MilestoneRequest.class);
        return Responses.withEtag(service.update(projectId, id, request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteMilestone", summary = "Delete a milestone", description = "Removes the milestone from its project.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id) {
        service.delete(projectId, id);
    }
}
