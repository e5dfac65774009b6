package de.lotse.meeting;

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

@Path("/api/v1/network-meetings/{meetingId}/actions")
@Tag(name = "Network meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingActionResource {

    private final MeetingActionService service;
    private final MergePatcher patcher;

    public MeetingActionResource(MeetingActionService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    @GET
    @Operation(operationId = "listMeetingActions", summary = "List the actions agreed in a network meeting",
            description = "Searchable (q) by description and owner. Sortable by dueDate (default), status, createdAt.")
    public Page<MeetingActionDto> list(@PathParam("meetingId") UUID meetingId, @BeanParam @Valid PageParams page,
            @QueryParam("status") @Parameter(description = "Only actions in this status") MeetingActionStatus status,
            @QueryParam("overdue") @Parameter(description = "true: only OPEN actions due before today (office time zone Europe/Berlin); false: only the others") Boolean overdue) {
        return service.list(meetingId, new MeetingActionService.Filter(status, overdue), page);
    }

    @POST
    @Operation(operationId = "createMeetingAction", summary = "Add an agreed action to a network meeting",
            description = "status defaults to OPEN; doneOn may only be set with status DONE.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new action",
            content = @Content(schema = @Schema(implementation = MeetingActionDto.class)))
    public RestResponse<MeetingActionDto> create(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull MeetingActionRequest request, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(meetingId, request));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMeetingAction", summary = "Get an action of a network meeting",
            description = "The ETag header carries the version.")
    public RestResponse<MeetingActionDto> get(@PathParam("meetingId") UUID meetingId, @PathParam("id") UUID id) {
        return Responses.withEtag(service.get(meetingId, id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceMeetingAction", summary = "Replace an action's writable fields",
            description = "Needs the current version in the body or as If-Match; a stale version is a 409 and changes nothing.")
    public RestResponse<MeetingActionDto> replace(@PathParam("meetingId") UUID meetingId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            @Valid @NotNull MeetingActionRequest request) {
        return Responses.withEtag(service.update(meetingId, id, request, Versions.expected(ifMatch, request.version())));
    }

    @PATCH
    @Path("{id}")
    @Consumes(Responses.MERGE_PATCH)
    @Operation(operationId = "patchMeetingAction", summary = "Change some fields of an action (JSON Merge Patch)",
            description = "RFC 7396: sent fields replace, null removes. Needs the current version in the patch or as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = Responses.MERGE_PATCH,
            schema = @Schema(implementation = MeetingActionRequest.class)))
    public RestResponse<MeetingActionDto> patch(@PathParam("meetingId") UUID meetingId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            JsonNode patch) {
        MeetingActionRequest request = patcher.apply(service.writableState(meetingId, id), patch, MeetingActionRequest.class);
        return Responses.withEtag(service.update(meetingId, id, request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteMeetingAction", summary = "Delete an action of a network meeting",
            description = "Removes the action from its meeting.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("meetingId") UUID meetingId, @PathParam("id") UUID id) {
        service.delete(meetingId, id);
    }
}
