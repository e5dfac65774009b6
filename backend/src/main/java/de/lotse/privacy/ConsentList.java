package de.lotse.privacy;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentList", description = "One page of a person's consents, and for every purpose whether processing is allowed now")
public record ConsentList(
        @Schema(required = true, description = "The consents of this page, in the requested order") List<ConsentDto> items,
        @Schema(required = true, description = "Zero-based page number", example = "0") int page,
        @Schema(required = true, description = "Requested page size (1 to 100)", example = "20") int size,
        @Schema(required = true, description = "Number of consents matching the filters across all pages", example = "3") long total,
        @Schema(required = true, description = "Every purpose, whatever the filters and the page: whether processing for it is allowed now")
        List<PurposeStatus> purposes) {

    @Schema(name = "ConsentPurposeStatus", description = "Whether a purpose allows processing now: a consent to it is in force, "
            + "and (for every purpose but DATA_PROCESSING) a consent to DATA_PROCESSING too")
    public record PurposeStatus(
            @Schema(required = true) ConsentPurpose purpose,
            @Schema(required = true, example = "true") boolean allowed,
            @Schema(description = "When the consent in force was given; absent when none is", example = "2026-03-01T09:30:00Z") Instant givenAt) {
    }
}
