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

@Path("/api/v1/network-meetings/{meetingId}/participants")
@Tag(name = "Network meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingParticipantResource {

    private final MeetingParticipantService service;
    private final MergePatcher patcher;

    public MeetingParticipantResource(MeetingParticipantService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    @GET
    @Operation(operationId = "listMeetingParticipants", summary = "List the participants of a network meeting",
            description = "Searchable (q) by person name, organisation and role. Sortable by createdAt (default), personName, attended.")
    public Page<MeetingParticipantDto> list(@PathParam("meetingId") UUID meetingId, @BeanParam @Valid PageParams page,
            @QueryParam("attended") @Parameter(description = "Only participants who attended (true) or did not (false)") Boolean attended,
            @QueryParam("associationId") @Parameter(description = "Only the participation of this association") UUID associationId) {
        return service.list(meetingId, new MeetingParticipantService.Filter(attended, associationId), page);
    }

    @POST
    @Operation(operationId = "createMeetingParticipant", summary = "Add a participant to a network meeting",
            description = "Either an association (associationId, at most once per meeting) or a named person (personName).")
    @APIResponse(responseCode = "201", description = "Created; Location names the new participant",
            content = @Content(schema = @Schema(implementation = MeetingParticipantDto.class)))
    public RestResponse<MeetingParticipantDto> create(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull MeetingParticipantRequest request, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(meetingId, request));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMeetingParticipant", summary = "Get a participant of a network meeting",
            description = "The ETag header carries the version.")
    public RestResponse<MeetingParticipantDto> get(@PathParam("meetingId") UUID meetingId, @PathParam("id") UUID id) {
        return Responses.withEtag(service.get(meetingId, id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceMeetingParticipant", summary = "Replace a participant's writable fields",
            description = "Needs the current version in the body or as If-Match; a stale version is a 409 and changes nothing.")
    public RestResponse<MeetingParticipantDto> replace(@PathParam("meetingId") UUID meetingId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            @Valid @NotNull MeetingParticipantRequest request) {
        return Responses.withEtag(service.update(meetingId, id, request, Versions.expected(ifMatch, request.version())));
    }

    @PATCH
    @Path("{id}")
    @Consumes(Responses.MERGE_PATCH)
    @Operation(operationId = "patchMeetingParticipant", summary = "Change some fields of a participant (JSON Merge Patch)",
            description = "RFC 7396: sent fields replace, null removes. Needs the current version in the patch or as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = Responses.MERGE_PATCH,
            schema = @Schema(implementation = MeetingParticipantRequest.class)))
    public RestResponse<MeetingParticipantDto> patch(@PathParam("meetingId") UUID meetingId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            JsonNode patch) {
        MeetingParticipantRequest request = patcher.apply(service.writableState(meetingId, id), patch, MeetingParticipantRequest.class);
        return Responses.withEtag(service.update(meetingId, id, request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteMeetingParticipant", summary = "Remove a participant from a network meeting",
            description = "Removes the participant from its meeting; an association is not affected.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("meetingId") UUID meetingId, @PathParam("id") UUID id) {
        service.delete(meetingId, id);
    }
}
