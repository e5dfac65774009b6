package de.lotse.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire types of a legal hold (Aufbewahrungspflicht, Rechtsstreit): the request and the hold in force. */
public final class LegalHold {

    private LegalHold() {
    }

    @Schema(name = "LegalHoldRequest", description = "Why the person's data must be kept (e.g. a pending court case or a "
            + "statutory retention duty). Read-only fields (since) are ignored when sent.")
    @JsonIgnoreProperties(value = {"since", "subjectType", "subjectId"}, allowGetters = false)
    public record Request(
            @NotBlank @Size(max = 500) @Schema(required = true, description = "The reason, without personal data beyond what it needs",
                    example = "Verwendungsnachweis WiL: Aufbewahrung bis 31.12.2028") String reason) {
    }

    @Schema(name = "LegalHold", description = "A legal hold in force: erasure and retention leave the person untouched")
    public record Dto(
            @Schema(required = true) SubjectType subjectType,
            @Schema(required = true, example = "01933b5e-b24a-7c3d-9a1b-2c3d4e5f6a7b") UUID subjectId,
            @Schema(required = true, example = "Verwendungsnachweis WiL: Aufbewahrung bis 31.12.2028") String reason,
            @Schema(required = true, description = "When the hold was set", example = "2026-03-01T09:30:00Z") Instant since) {
    }
}
