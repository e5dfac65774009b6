package de.lotse.privacy;

import de.lotse.security.Caller;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/retention-runs")
@Tag(name = PrivacyApi.TAG, description = PrivacyApi.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class RetentionRunResource {

    private final Retention retention;
    private final Caller caller;

    public RetentionRunResource(Retention retention, Caller caller) {
        this.retention = retention;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "runRetention", summary = "Run the retention job now",
            description = "Anonymises, as an erasure does, every newcomer who FINISHED and every sponsor who LEFT more than "
                    + "LOTSE_RETENTION_MONTHS (default 24) months ago, counted from the day their status changed, unless a legal "
                    + "hold keeps them. The same job runs on its own by LOTSE_RETENTION_CRON (default nightly at 02:30). "
                    + "Idempotent: a second run anonymises nobody new. Answers the counts; the run is not stored.")
    @APIResponse(responseCode = "200", description = "The run's counts", content = @Content(schema = @Schema(implementation = RetentionRunDto.class)))
    public RetentionRunDto run() {
        return retention.run(caller.username());
    }
}
