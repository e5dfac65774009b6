package de.lotse.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentRequest", description = "A consent to record. Read-only fields (id, version, createdAt, updatedAt) are ignored when sent.")
@JsonIgnoreProperties(value = {"id", "version", "createdAt", "updatedAt"}, allowGetters = false)
public record ConsentRequest(
        @NotNull @Schema(required = true) ConsentPurpose purpose,
        @PastOrPresent @Schema(description = "When the person gave the consent (RFC 3339); defaults to now", example = "2026-03-01T09:30:00Z")
        Instant givenAt,
        @Size(max = 1000) @Schema(description = "How the consent was given, e.g. the signed form", example = "Signed form, German and Romanian")
        String note) {
}
