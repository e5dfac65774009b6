package de.lotse.sponsor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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

@Schema(name = "SponsorRequest", description = "The writable fields of a sponsor. Read-only fields (id, createdAt, updatedAt) are ignored when sent.")
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt"}, allowGetters = false)
public record SponsorRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "Anna") String firstName,
        @NotBlank @Size(max = 100) @Schema(required = true, example = "Beispiel") String lastName,
        @Email @Size(max = 254) @Schema(format = "email", example = "anna.beispiel@example.org") String email,
        @Size(max = 40) @Pattern(regexp = "^\\+?[0-9][0-9 ()/.-]*$", message = "must be a phone number: digits, spaces and + ( ) / . -")
        @Schema(example = "+49 7141 123456") String phone,
        @Size(max = 20) @Schema(description = "Languages spoken, ISO 639-1 codes (two lower-case letters); defaults to none", example = "[\"de\", \"ro\"]")
        List<@NotNull @Pattern(regexp = "^[a-z]{2}$", message = "must be an ISO 639-1 language code (two lower-case letters)") String> languages,
        @Size(max = 100) @Schema(example = "Oststadt") String district,
        @Size(max = 20) @Schema(description = "Interests, free text, at most 20; defaults to none", example = "[\"Schule\", \"Sport\"]")
        List<@NotBlank @Size(max = 200) String> interests,
        @Size(max = 500) @Schema(description = "When the sponsor is available, free text", example = "weekday evenings") String availability,
        @NotNull @Schema(required = true) SponsorStatus status,
        @Schema(description = "Date the sponsor training was completed", example = "2015-09-30") LocalDate trainingCompletedOn,
        @Min(1) @Max(10) @Schema(description = "How many newcomers the sponsor accompanies at most; defaults to 2", example = "2") Integer maxMentees,
        @Schema(description = "When the sponsor consented to the processing of their data (RFC 3339)", example = "2026-03-01T09:30:00Z") Instant consentGivenAt,
        @Schema(description = "The project the sponsor works in; must exist", example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID projectId,
        @Size(max = 10000) @Schema(example = "Speaks Romanian at home.") String notes,
        @Schema(description = "The version the change is based on; required for PUT and PATCH unless If-Match is sent, ignored on POST", example = "0") Long version) {

    static SponsorRequest from(Sponsor s) {
        return new SponsorRequest(s.firstName, s.lastName, s.email, s.phone, SponsorDto.listOrEmpty(s.languages), s.district,
                SponsorDto.listOrEmpty(s.interests), s.availability, s.status, s.trainingCompletedOn, s.maxMentees,
                s.consentGivenAt, s.projectId, s.notes, s.version);
    }
}
