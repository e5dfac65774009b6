package de.lotse.association;

import de.lotse.common.api.Resource;
import de.lotse.common.persistence.EnumArrays;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Association", description = "A partner of the network: migrant organisation, club, initiative, welfare organisation, school, employer, chamber")
public record AssociationDto(
        @Schema(required = true, example = "01933b5e-7e4a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(required = true, description = "Optimistic-lock version; send it back with PUT/PATCH", example = "0") long version,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant updatedAt,
        @Schema(required = true, example = "Deutsch-Rumänischer Kulturverein") String name,
        @Schema(required = true) AssociationKind kind,
        @Schema(required = true, description = "Fields the association is active in") List<AssociationField> fields,
        @Schema(description = "Contact person", example = "Ana Beispiel") String contactName,
        @Schema(example = "kontakt@kulturverein.example.org") String email,
        @Schema(example = "+49 7141 000000") String phone,
        @Schema(example = "Marktplatz 1, 71634 Ludwigsburg") String address,
        @Schema(example = "Oststadt") String district,
        @Schema(required = true, description = "Languages spoken in the association, ISO 639-1", example = "[\"ro\", \"de\"]") List<String> languages,
        @Schema(example = "45") Integer memberCount,
        @Schema(required = true, description = "Whether the association is currently active in the network", example = "true") boolean active,
        @Schema(example = "https://kulturverein.example.org") String website,
        @Schema(example = "Needs rooms for heritage-language teaching.") String notes) implements Resource {

    static AssociationDto from(Association a) {
        return new AssociationDto(a.id, a.version, a.createdAt, a.updatedAt, a.name, a.kind,
                EnumArrays.values(a.fields, AssociationField.class), a.contactName, a.email, a.phone, a.address,
                a.district, a.languages == null ? List.of() : List.copyOf(a.languages), a.memberCount, a.active,
                a.website, a.notes);
    }
}
