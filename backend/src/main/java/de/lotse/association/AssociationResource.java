package de.lotse.association;

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

@Path("/api/v1/associations")
@Tag(name = "Associations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssociationResource {

    private final AssociationService service;
    private final MergePatcher patcher;

    public AssociationResource(AssociationService service, MergePatcher patcher) {
        this.service = service;
        this.patcher = patcher;
    }

    @GET
    @Operation(operationId = "listAssociations", summary = "List associations",
            description = "Searchable (q) by name, contact, district and address. Sortable by name (default), kind, district, memberCount, createdAt.")
    public Page<AssociationDto> list(@BeanParam @Valid PageParams page,
            @QueryParam("kind") @Parameter(description = "Only associations of this kind") AssociationKind kind,
            @QueryParam("field") @Parameter(description = "Only associations active in this field") AssociationField field,
            @QueryParam("district") @Parameter(description = "Only associations in this district (exact, case-insensitive)") String district,
            @QueryParam("language") @Parameter(description = "Only associations where this language is spoken (ISO 639-1 code)", example = "ro",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2}$")) String language,
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) associations") Boolean active) {
        return service.list(new AssociationService.Filter(kind, field, district, language, active), page);
    }

    @POST
    @Operation(operationId = "createAssociation", summary = "Create an association",
            description = "The name must be unique; active defaults to true. The stored association is returned with its id, version 0 and an ETag.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new association",
            content = @Content(schema = @Schema(implementation = AssociationDto.class)))
    public RestResponse<AssociationDto> create(@Valid @NotNull AssociationRequest request, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(request));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAssociation", summary = "Get an association", description = "The ETag header carries the version.")
    public RestResponse<AssociationDto> get(@PathParam("id") UUID id) {
        return Responses.withEtag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceAssociation", summary = "Replace an association's writable fields",
            description = "Needs the current version in the body or as If-Match; a stale version is a 409 and changes nothing.")
    public RestResponse<AssociationDto> replace(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            @Valid @NotNull AssociationRequest request) {
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @PATCH
    @Path("{id}")
    @Consumes(Responses.MERGE_PATCH)
    @Operation(operationId = "patchAssociation", summary = "Change some fields of an association (JSON Merge Patch)",
            description = "RFC 7396: sent fields replace, null removes. Needs the current version in the patch or as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = Responses.MERGE_PATCH,
            schema = @Schema(implementation = AssociationRequest.class)))
    public RestResponse<AssociationDto> patch(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            JsonNode patch) {
        AssociationRequest request = patcher.apply(service.writableState(id), patch, AssociationRequest.class);
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteAssociation", summary = "Delete an association",
            description = "A 409 says what still refers to the association (network meetings it hosts, meeting participants).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @Inject
    EntityHistory entityHistory;

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getAssociationHistory", summary = "Get the history of an association",
            description = "Every stored revision of the association, newest first: who changed it when, by which operation, which fields "
                    + "changed and the values afterwards. Also for a deleted association.")
    public Page<HistoryEntryDto> history(@PathParam("id") UUID id, @BeanParam @Valid Paging paging) {
        return entityHistory.of(Association.class, id, paging);
    }
}
