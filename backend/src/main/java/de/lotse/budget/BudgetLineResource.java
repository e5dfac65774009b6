package de.lotse.budget;

import com.fasterxml.jackson.databind.JsonNode;
import de.lotse.audit.EntityHistory;
import de.lotse.audit.HistoryEntryDto;
import de.lotse.audit.Paging;
import de.lotse.common.api.Responses;
import de.lotse.common.api.Versions;
import de.lotse.common.error.Problems;
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

@Path("/api/v1/budget-lines")
@Tag(name = "Budget lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetLineResource {

    private final BudgetLineService service;
    private final BudgetSummaryService summaries;
    private final MergePatcher patcher;

    public BudgetLineResource(BudgetLineService service, BudgetSummaryService summaries, MergePatcher patcher) {
        this.service = service;
        this.summaries = summaries;
        this.patcher = patcher;
    }

    @GET
    @Operation(operationId = "listBudgetLines", summary = "List budget lines",
            description = "q searches description, funder, cost centre and budget item. Sortable by fiscalYear, kind, category, "
                    + "plannedAmount, actualAmount, description, createdAt; default fiscalYear,kind,category.")
    public Page<BudgetLineDto> list(@BeanParam @Valid PageParams page,
            @QueryParam("projectId") @Parameter(description = "Only lines of this project") UUID projectId,
            @QueryParam("fiscalYear") @Parameter(description = "Only lines of this fiscal year", schema = @Schema(
                    type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100")) String fiscalYear,
            @QueryParam("kind") @Parameter(description = "Only cost or only funding") BudgetKind kind,
            @QueryParam("category") @Parameter(description = "Only lines of this category") BudgetCategory category) {
        return service.list(new BudgetLineService.Filter(projectId, fiscalYear(fiscalYear), kind, category), page);
    }

    @GET
    @Path("summary")
    @Operation(operationId = "summarizeBudget", summary = "Sum the budget of projects",
            description = "Planned and actual cost and funding of the named projects (optionally one fiscal year), the city's "
                    + "remaining cost (planned cost minus planned funding) and the funding rate, overall and by project, "
                    + "fiscal year and category. Actual figures sum the actual amounts recorded so far.")
    public BudgetSummaryDto summarize(
            @QueryParam("projectId") @Parameter(required = true,
                    description = "A project to include; repeat for several (1 to 100), e.g. projectId=…&projectId=…",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = 100)) List<String> projectIds,
            @QueryParam("fiscalYear") @Parameter(description = "Only this fiscal year; all years when absent", schema = @Schema(
                    type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100")) String fiscalYear) {
        return summaries.summarize(projectIds(projectIds), fiscalYear(fiscalYear));
    }

    /**
     * The repeatable projectId query parameter. Taken as text because JAX-RS answers an
     * unconvertible element of a List&lt;UUID&gt; query parameter with 404; this is a 400 naming it.
     */
    private static List<UUID> projectIds(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(value -> value != null && !value.isBlank()).map(value -> {
            try {
                return UUID.fromString(value.trim());
            } catch (IllegalArgumentException e) {
                throw Problems.invalid("projectId", "query", "must be a UUID");
            }
        }).toList();
    }

    /**
     * The fiscalYear query parameter. Taken as text because JAX-RS answers an unconvertible
     * Integer query parameter with 404; this is a 400 naming the parameter.
     */
    private static Integer fiscalYear(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalid("fiscalYear", "query", "must be a year from 2000 to 2100");
    }

    @POST
    @Operation(operationId = "createBudgetLine", summary = "Create a budget line",
            description = "The category must fit the kind. Amounts are strings with at most two decimals.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new budget line",
            content = @Content(schema = @Schema(implementation = BudgetLineDto.class)))
    public RestResponse<BudgetLineDto> create(@Valid @NotNull BudgetLineRequest request, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, service.create(request));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getBudgetLine", summary = "Get a budget line", description = "The ETag header carries the version.")
    public RestResponse<BudgetLineDto> get(@PathParam("id") UUID id) {
        return Responses.withEtag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceBudgetLine", summary = "Replace a budget line's writable fields",
            description = "Needs the current version in the body or as If-Match; a stale version is a 409 and changes nothing.")
    public RestResponse<BudgetLineDto> replace(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            @Valid @NotNull BudgetLineRequest request) {
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @PATCH
    @Path("{id}")
    @Consumes(Responses.MERGE_PATCH)
    @Operation(operationId = "patchBudgetLine", summary = "Change some fields of a budget line (JSON Merge Patch)",
            description = "RFC 7396: sent fields replace, null removes. Needs the current version in the patch or as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = Responses.MERGE_PATCH,
            schema = @Schema(implementation = BudgetLineRequest.class)))
    public RestResponse<BudgetLineDto> patch(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version the change is based on") String ifMatch,
            JsonNode patch) {
        BudgetLineRequest request = patcher.apply(service.writableState(id), patch, BudgetLineRequest.class);
        return Responses.withEtag(service.update(id, request, Versions.expected(ifMatch, request.version())));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteBudgetLine", summary = "Delete a budget line",
            description = "Removes the line; summaries no longer count it. Nothing refers to a budget line.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @Inject
    EntityHistory entityHistory;

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getBudgetLineHistory", summary = "Get the history of a budget line",
            description = "Every stored revision of the budget line, newest first: who changed it when, by which operation, which fields "
                    + "changed and the values afterwards. Also for a deleted budget line.")
    public Page<HistoryEntryDto> history(@PathParam("id") UUID id, @BeanParam @Valid Paging paging) {
        return entityHistory.of(BudgetLine.class, id, paging);
    }
}
