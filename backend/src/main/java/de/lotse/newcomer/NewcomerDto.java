package de.lotse.newcomer;

import de.lotse.common.api.Resource;
import de.lotse.common.persistence.EnumArrays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Newcomer", description = "A person or household recently arrived (Neuzugewanderte/r). Personal data; the residence status is sensitive.")
public record NewcomerDto(
        @Schema(required = true, example = "01933b5e-b24a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(required = true, description = "Optimistic-lock version; send it back with PUT/PATCH", example = "0") long version,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant updatedAt,
        @Schema(required = true, example = "Elena") String firstName,
        @Schema(required = true, example = "Popescu") String lastName,
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "RO") String countryOfOrigin,
        @Schema(required = true, description = "Languages spoken, ISO 639-1 codes", example = "[\"ro\", \"en\"]") List<String> languages,
        @Schema(example = "2026-01-15") LocalDate arrivalDate,
        @Schema(example = "Oststadt") String district,
        @Schema(description = "Where the household lives, e.g. a follow-up accommodation site (Anschlussunterbringung)", example = "Anschlussunterbringung Fuchshofstraße") String accommodation,
        @Schema(required = true, description = "Number of people in the household", example = "4") int householdSize,
        @Schema(required = true, description = "What the newcomer wants help with") List<NewcomerNeed> needs,
        @Schema(description = "Residence status; special category in practice. " + SENSITIVE) ResidenceStatus residenceStatus,
        @Schema(required = true) NewcomerStatus status,
        @Schema(description = "When the newcomer consented to the processing of their data. " + SENSITIVE, example = "2026-03-01T09:30:00Z") Instant consentGivenAt,
        @Schema(description = "The project the newcomer takes part in", example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID projectId,
        @Schema(description = SENSITIVE, example = "elena.popescu@example.org") String email,
        @Schema(description = SENSITIVE, example = "+49 7141 654321") String phone,
        @Schema(example = "Two children of school age.") String notes) implements Resource {

    static final String SENSITIVE = "Absent unless the caller may see sensitive data (roles STAFF, DPO, COORDINATOR of the newcomer's "
            + "project; tools with scope lotse.personal-data).";

    /** The same newcomer without residence status, consent details and contact data. */
    NewcomerDto withoutSensitiveFields() {
        return new NewcomerDto(id, version, createdAt, updatedAt, firstName, lastName, countryOfOrigin, languages, arrivalDate, district,
                accommodation, householdSize, needs, null, status, null, projectId, null, null, notes);
    }

    static NewcomerDto from(Newcomer n) {
        return new NewcomerDto(n.id, n.version, n.createdAt, n.updatedAt, n.firstName, n.lastName, n.countryOfOrigin,
                listOrEmpty(n.languages), n.arrivalDate, n.district, n.accommodation, n.householdSize,
                EnumArrays.values(n.needs, NewcomerNeed.class), n.residenceStatus, n.status, n.consentGivenAt, n.projectId,
                n.email, n.phone, n.notes);
    }

    static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
