package de.lotse.privacy;

import de.lotse.common.api.Responses;
import de.lotse.common.paging.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A sponsor's consents, personal-data export, erasure and legal hold. */
@Path("/api/v1/sponsors/{id}")
@Tag(name = PrivacyApi.TAG, description = PrivacyApi.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class SponsorPrivacyResource {

    private static final SubjectType SPONSOR = SubjectType.SPONSOR;
    private final Consents consents;
    private final PersonalDataExport export;
    private final Erasure erasure;

    public SponsorPrivacyResource(Consents consents, PersonalDataExport export, Erasure erasure) {
        this.consents = consents;
        this.export = export;
        this.erasure = erasure;
    }

    @GET
    @Path("consents")
    @Operation(operationId = "listSponsorConsents", summary = "List a sponsor's consents", description = PrivacyApi.LIST_CONSENTS)
    public ConsentList listConsents(@PathParam("id") UUID id, @BeanParam @Valid PageParams page,
            @QueryParam("purpose") @Parameter(description = "Only consents to this purpose") ConsentPurpose purpose,
            @QueryParam("inForce") @Parameter(description = "true: only consents in force; false: only withdrawn ones") Boolean inForce) {
        return consents.list(SPONSOR, id, new Consents.Filter(purpose, inForce), page);
    }

    @POST
    @Path("consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "giveSponsorConsent", summary = "Record a sponsor's consent", description = PrivacyApi.GIVE_CONSENT)
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new consent",
            content = @Content(schema = @Schema(implementation = ConsentDto.class)))
    @APIResponse(responseCode = "409", description = PrivacyApi.GIVE_CONSENT_CONFLICT,
            content = @Content(mediaType = PrivacyApi.PROBLEM, schema = @Schema(ref = PrivacyApi.PROBLEM_SCHEMA)))
    public RestResponse<ConsentDto> giveConsent(@PathParam("id") UUID id, @Valid @NotNull ConsentRequest request, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, consents.give(SPONSOR, id, request));
    }

    @GET
    @Path("consents/{consentId}")
    @Operation(operationId = "getSponsorConsent", summary = "Get one of a sponsor's consents", description = "The ETag header carries the version.")
    public RestResponse<ConsentDto> getConsent(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId) {
        return Responses.withEtag(consents.get(SPONSOR, id, consentId));
    }

    @POST
    @Path("consents/{consentId}/withdraw")
    @Operation(operationId = "withdrawSponsorConsent", summary = "Withdraw a sponsor's consent", description = PrivacyApi.WITHDRAW_CONSENT)
    @APIResponse(responseCode = "200", description = "Withdrawn; the consent as now stored",
            content = @Content(schema = @Schema(implementation = ConsentDto.class)))
    @APIResponse(responseCode = "409", description = PrivacyApi.WITHDRAW_CONFLICT,
            content = @Content(mediaType = PrivacyApi.PROBLEM, schema = @Schema(ref = PrivacyApi.PROBLEM_SCHEMA)))
    public RestResponse<ConsentDto> withdrawConsent(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId) {
        return Responses.withEtag(consents.withdraw(SPONSOR, id, consentId));
    }

    @GET
    @Path("personal-data")
    @Operation(operationId = "exportSponsorPersonalData", summary = "Export everything held about a sponsor (Art. 15 GDPR)",
            description = PrivacyApi.EXPORT)
    public PersonalDataDto exportPersonalData(@PathParam("id") UUID id) {
        return export.export(SPONSOR, id);
    }

    @POST
    @Path("erasure")
    @Operation(operationId = "eraseSponsor", summary = "Erase a sponsor (Art. 17 GDPR)", description = PrivacyApi.ERASE
            + " Sponsors keep languages, district, status, maxMentees and project; the training date becomes the first of its month; "
            + "names read \"" + Person.ERASED + "\"; contact data, interests, availability, notes and consentGivenAt are removed.")
    @APIResponse(responseCode = "200", description = "Erased, or nothing left to erase (changed false)",
            content = @Content(schema = @Schema(implementation = ErasureDto.class)))
    @APIResponse(responseCode = "409", description = PrivacyApi.ERASE_CONFLICT,
            content = @Content(mediaType = PrivacyApi.PROBLEM, schema = @Schema(ref = PrivacyApi.PROBLEM_SCHEMA)))
    public ErasureDto erase(@PathParam("id") UUID id) {
        return erasure.erase(SPONSOR, id);
    }

    @PUT
    @Path("legal-hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setSponsorLegalHold", summary = "Put a sponsor under legal hold", description = PrivacyApi.HOLD)
    @APIResponse(responseCode = "200", description = "The legal hold in force",
            content = @Content(schema = @Schema(implementation = LegalHold.Dto.class)))
    @APIResponse(responseCode = "409", description = PrivacyApi.CONCURRENT_CHANGE,
            content = @Content(mediaType = PrivacyApi.PROBLEM, schema = @Schema(ref = PrivacyApi.PROBLEM_SCHEMA)))
    public LegalHold.Dto setLegalHold(@PathParam("id") UUID id, @Valid @NotNull LegalHold.Request request) {
        return erasure.hold(SPONSOR, id, request);
    }

    @DELETE
    @Path("legal-hold")
    @Operation(operationId = "releaseSponsorLegalHold", summary = "Lift a sponsor's legal hold", description = PrivacyApi.RELEASE)
    @APIResponse(responseCode = "204", description = "No legal hold any more")
    @APIResponse(responseCode = "409", description = PrivacyApi.CONCURRENT_CHANGE,
            content = @Content(mediaType = PrivacyApi.PROBLEM, schema = @Schema(ref = PrivacyApi.PROBLEM_SCHEMA)))
    public void releaseLegalHold(@PathParam("id") UUID id) {
        erasure.release(SPONSOR, id);
    }
}
