package de.lotse.newcomer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.lotse.common.persistence.EnumArrays;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewcomerRequest", description = "The writable fields of a newcomer. Read-only fields (id, createdAt, updatedAt) are ignored when sent.")
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt"}, allowGetters = false)
public record NewcomerRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "Elena") String firstName,
        @NotBlank @Size(max = 100) @Schema(required = true, example = "Popescu") String lastName,
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 country code (two upper-case letters)")
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "RO") String countryOfOrigin,
        @Size(max = 20) @Schema(description = "Languages spoken, ISO 639-1 codes (two lower-case letters); defaults to none", example = "[\"ro\", \"en\"]")
        List<@NotNull @Pattern(regexp = "^[a-z]{2}$", message = "must be an ISO 639-1 language code (two lower-case letters)") String> languages,
        @Schema(example = "2026-01-15") LocalDate arrivalDate,
        @Size(max = 100) @Schema(example = "Oststadt") String district,
        @Size(max = 200) @Schema(description = "Where the household lives, e.g. a follow-up accommodation site (Anschlussunterbringung)", example = "Anschlussunterbringung Fuchshofstraße") String accommodation,
        @Min(1) @Max(30) @Schema(description = "Number of people in the household; defaults to 1", example = "4") Integer householdSize,
        @Schema(description = "What the newcomer wants help with; defaults to none") List<@NotNull NewcomerNeed> needs,
        @Schema(description = "Defaults to UNKNOWN") ResidenceStatus residenceStatus,
        @Schema(description = "Defaults to WAITING") NewcomerStatus status,
        @Schema(description = "When the newcomer consented to the processing of their data (RFC 3339)", example = "2026-03-01T09:30:00Z") Instant consentGivenAt,
        @Schema(description = "The project the newcomer takes part in; must exist", example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID projectId,
        @Email @Size(max = 254) @Schema(format = "email", example = "elena.popescu@example.org") String email,
        @Size(max = 40) @Pattern(regexp = "^\\+?[0-9][0-9 ()/.-]*$", message = "must be a phone number: digits, spaces and + ( ) / . -")
        @Schema(example = "+49 7141 654321") String phone,
        @Size(max = 10000) @Schema(example = "Two children of school age.") String notes,
        @Schema(description = "The version the change is based on; required for PUT and PATCH unless If-Match is sent, ignored on POST", example = "0") Long version) {

    static NewcomerRequest from(Newcomer n) {
        return new NewcomerRequest(n.firstName, n.lastName, n.countryOfOrigin, NewcomerDto.listOrEmpty(n.languages), n.arrivalDate,
                n.district, n.accommodation, n.householdSize, EnumArrays.values(n.needs, NewcomerNeed.class), n.residenceStatus,
                n.status, n.consentGivenAt, n.projectId, n.email, n.phone, n.notes, n.version);
    }
}
