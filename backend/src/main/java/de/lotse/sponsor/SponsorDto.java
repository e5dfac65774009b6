package de.lotse.sponsor;

import de.lotse.common.api.Resource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Sponsor", description = "A trained volunteer sponsor (Pate/Patin) who accompanies newcomers for one year. Personal data.")
public record SponsorDto(
        @Schema(required = true, example = "01933b5e-a14a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(required = true, description = "Optimistic-lock version; send it back with PUT/PATCH", example = "0") long version,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant updatedAt,
        @Schema(required = true, example = "Anna") String firstName,
        @Schema(required = true, example = "Beispiel") String lastName,
        @Schema(example = "anna.beispiel@example.org") String email,
        @Schema(example = "+49 7141 123456") String phone,
        @Schema(required = true, description = "Languages spoken, ISO 639-1 codes", example = "[\"de\", \"ro\"]") List<String> languages,
        @Schema(example = "Oststadt") String district,
        @Schema(required = true, description = "Interests and topics the sponsor likes to help with", example = "[\"Schule\", \"Sport\"]") List<String> interests,
        @Schema(description = "When the sponsor is available, free text", example = "weekday evenings") String availability,
        @Schema(required = true) SponsorStatus status,
        @Schema(description = "Date the sponsor training was completed; absent while untrained", example = "2015-09-30") LocalDate trainingCompletedOn,
        @Schema(required = true, description = "How many newcomers the sponsor accompanies at most", example = "2") int maxMentees,
        @Schema(description = "When the sponsor consented to the processing of their data", example = "2026-03-01T09:30:00Z") Instant consentGivenAt,
        @Schema(description = "The project the sponsor works in", example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID projectId,
        @Schema(example = "Speaks Romanian at home.") String notes) implements Resource {

    static SponsorDto from(Sponsor s) {
        return new SponsorDto(s.id, s.version, s.createdAt, s.updatedAt, s.firstName, s.lastName, s.email, s.phone,
                listOrEmpty(s.languages), s.district, listOrEmpty(s.interests), s.availability, s.status,
                s.trainingCompletedOn, s.maxMentees, s.consentGivenAt, s.projectId, s.notes);
    }

    static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
