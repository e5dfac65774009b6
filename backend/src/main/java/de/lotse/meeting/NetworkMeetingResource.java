package de.lotse.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import de.lotse.audit.EntityHistory;
import de.lotse.audit.HistoryEntryDto;
import de.lotse.audit.Paging;
import de.lotse.common.api.Responses;
import de.lotse.common.api.Versions;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.patch.MergePatcher;
import de.lotse.project.ActionField;
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

@Path("/api/v1/network-meetings")
@Tag(name = "Network meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NetworkMeetingResource {

    private final NetworkMeetingService service;
    private final MergePatcher patcher;

    public NetworkMeetingResource(NetworkMeetingService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    @GET
    @Operation(operationId = "listNetworkMeetings", summary = "List network meetings",
            description = "Searchable (q) by title, location, topics and minutes. Sortable by startsAt, title, format, createdAt; "
                    + "default -startsAt (latest first).")
    public Page<NetworkMeetingDto> list(@BeanParam @Valid PageParams page,
            @QueryParam("format") @Parameter(description = "Only meetings of this format") MeetingFormat format,
            @QueryParam("from") @Parameter(description = "Only meetings starting on or after this day (YYYY-MM-DD, office time zone Europe/Berlin)") LocalDate from,
            @QueryParam("to") @Parameter(description = "Only meetings starting on or before this day (YYYY-MM-DD, office time zone Europe/Berlin)") LocalDate to,
            @QueryParam("hostAssociationId") @Parameter(description = "Only meetings hosted by this association") UUID hostAssociationId,
            @QueryParam("projectId") @Parameter(description = "Only meetings of this project") UUID projectId,
            @QueryParam("actionField") @Parameter(description = "Only meetings filed under this action field") ActionField actionField) {
        return service.list(new NetworkMeetingService.Filter(format, from, to, hostAssociationId, projectId, actionField), page);
    }

    @POST
    @Operation(operationId = "createNetworkMeeting", summary = "Create a network meeting",
            description = "endsAt must not be before startsAt; hostAssociationId and projectId must name existing records. "
                    + "The stored meeting is returned with its id, version 0 and an ETag.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new meeting",
            content = @Content(schema = @Schema(implementation = NetworkMeetingDto.class)))
    public RestResponse<NetworkMeetingDto> create(@Valid @NotNull NetworkMeetingRequest request, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(request));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNetworkMeeting", summary = "Get a network meeting", description = "The ETag header carries the version.")
    public RestResponse<NetworkMeetingDto> get(@PathParam("id") UUID id) {
        return Responses.withEtag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceNetworkMeeting", summary = "Replace a network meeting's writable fields",
            description = "Needs the current version in the body or as If-Match; a stale version is a 409 and changes nothing.")
    public RestResponse<NetworkMeetingDto> replace(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            @Valid @NotNull NetworkMeetingRequest request) {
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @PATCH
    @Path("{id}")
    @Consumes(Responses.MERGE_PATCH)
    @Operation(operationId = "patchNetworkMeeting", summary = "Change some fields of a network meeting (JSON Merge Patch)",
            description = "RFC 7396: sent fields replace, null removes. Needs the current version in the patch or as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = Responses.MERGE_PATCH,
            schema = @Schema(implementation = NetworkMeetingRequest.class)))
    public RestResponse<NetworkMeetingDto> patch(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            JsonNode patch) {
        NetworkMeetingRequest request = patcher.apply(service.writableState(id), patch, NetworkMeetingRequest.class);
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteNetworkMeeting", summary = "Delete a network meeting with its participants and actions",
            description = "Its participants and agreed actions are deleted with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @Inject
    EntityHistory entityHistory;

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getNetworkMeetingHistory", summary = "Get the history of a network meeting",
            description = "Every stored revision of the network meeting, newest first: who changed it when, by which operation, which fields "
                    + "changed and the values afterwards. Also for a deleted network meeting.")
    public Page<HistoryEntryDto> history(@PathParam("id") UUID id, @BeanParam @Valid Paging paging) {
        return entityHistory.of(NetworkMeeting.class, id, paging);
    }
}
