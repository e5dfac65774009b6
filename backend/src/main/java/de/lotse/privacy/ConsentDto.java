package de.lotse.privacy;

import de.lotse.common.api.Resource;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consent", description = "A person's consent to one purpose (Einwilligung). Withdrawing keeps the record: "
        + "it is in force while withdrawnAt is absent.")
public record ConsentDto(
        @Schema(required = true, example = "01933b5e-c14a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(required = true, description = "Optimistic-lock version", example = "0") long version,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant updatedAt,
        @Schema(required = true) ConsentPurpose purpose,
        @Schema(required = true, description = "When the person gave the consent", example = "2026-03-01T09:30:00Z") Instant givenAt,
        @Schema(description = "When the consent was withdrawn; absent while it is in force", example = "2026-06-15T14:00:00Z") Instant withdrawnAt,
        @Schema(required = true, description = "Account that recorded the consent", example = "staff") String recordedBy,
        @Schema(description = "Account that recorded the withdrawal", example = "coordinator") String withdrawnBy,
        @Schema(description = "How the consent was given, e.g. the signed form", example = "Signed form, German and Romanian") String note,
        @Schema(required = true, description = "Whether the consent is in force (not withdrawn)", example = "true") boolean inForce)
        implements Resource {

    static ConsentDto from(Consent c) {
        return new ConsentDto(c.id, c.version, c.createdAt, c.updatedAt, c.purpose, c.givenAt, c.withdrawnAt, c.recordedBy,
                c.withdrawnBy, c.note, c.inForce());
    }
}
