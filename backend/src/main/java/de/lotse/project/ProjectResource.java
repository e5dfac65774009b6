package de.lotse.project;

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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/projects")
@Tag(name = "Projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private final ProjectService service;
    private final MergePatcher patcher;

    public ProjectResource(ProjectService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    @GET
    @Operation(operationId = "listProjects", summary = "List projects",
            description = "Sortable by code, name, status, startDate, endDate, createdAt, updatedAt.")
    public Page<ProjectDto> list(@BeanParam @Valid PageParams page,
            @QueryParam("status") @Parameter(description = "Only projects in this status") ProjectStatus status,
            @QueryParam("actionField") @Parameter(description = "Only projects filed under this action field") ActionField actionField,
            @QueryParam("activeOn") @Parameter(description = "Only projects running on this date (YYYY-MM-DD)") LocalDate activeOn,
            @QueryParam("funder") @Parameter(description = "Only projects of this funder (exact, case-insensitive)") String funder) {
        return service.list(new ProjectService.Filter(status, actionField, activeOn, funder), page);
    }

    @POST
    @Operation(operationId = "createProject", summary = "Create a project",
            description = "The code must be unique. The stored project is returned with its id, version 0 and an ETag.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new project",
            content = @Content(schema = @Schema(implementation = ProjectDto.class)))
    public RestResponse<ProjectDto> create(@Valid @NotNull ProjectRequest request, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(request));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProject", summary = "Get a project", description = "The ETag header carries the version.")
    public RestResponse<ProjectDto> get(@PathParam("id") UUID id) {
        return Responses.withEtag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceProject", summary = "Replace a project's writable fields",
            description = "Needs the current version in the body or as If-Match; a stale version is a 409 and changes nothing.")
    public RestResponse<ProjectDto> replace(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            @Valid @NotNull ProjectRequest request) {
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @PATCH
    @Path("{id}")
    @Consumes(Responses.MERGE_PATCH)
    @Operation(operationId = "patchProject", summary = "Change some fields of a project (JSON Merge Patch)",
            description = "RFC 7396: sent fields replace, null removes. Needs the current version in the patch or as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = Responses.MERGE_PATCH,
            schema = @Schema(implementation = ProjectRequest.class)))
    public RestResponse<ProjectDto> patch(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            JsonNode patch) {
        ProjectRequest request = patcher.apply(service.writableState(id), patch, ProjectRequest.class);
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteProject", summary = "Delete a project and its milestones",
            description = "A 409 says what still refers to the project (budget lines, sponsors, newcomers, meetings).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @Inject
    EntityHistory entityHistory;

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getProjectHistory", summary = "Get the history of a project",
            description = "Every stored revision of the project, newest first: who changed it when, by which operation, which fields "
                    + "changed and the values afterwards. Also for a deleted project.")
    public Page<HistoryEntryDto> history(@PathParam("id") UUID id, @BeanParam @Valid Paging paging) {
        return entityHistory.of(Project.class, id, paging);
    }
}
