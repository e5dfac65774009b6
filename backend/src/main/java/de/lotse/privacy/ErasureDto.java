package de.lotse.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Erasure", description = "What an erasure (Art. 17 GDPR) did. Names the fields, never their former values.")
public record ErasureDto(
        @Schema(required = true) SubjectType subjectType,
        @Schema(required = true, example = "01933b5e-b24a-7c3d-9a1b-2c3d4e5f6a7b") UUID subjectId,
        @Schema(required = true, description = "When the person's data was (first) anonymised", example = "2026-03-01T09:30:00Z") Instant erasedAt,
        @Schema(required = true, description = "Whether this request changed anything; false when the person was already anonymous",
                example = "true") boolean changed,
        @Schema(required = true, description = "The fields this request anonymised (removed or coarsened)",
                example = "[\"firstName\", \"lastName\", \"email\"]") List<String> fieldsAnonymised,
        @Schema(required = true, description = "Consents this request withdrew", example = "2") int consentsWithdrawn) {
}
