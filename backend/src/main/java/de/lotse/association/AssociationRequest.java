package de.lotse.association;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.lotse.common.persistence.EnumArrays;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssociationRequest", description = "The writable fields of an association. Read-only fields (id, createdAt, updatedAt) are ignored when sent.")
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt"}, allowGetters = false)
public record AssociationRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, description = "Unique among associations", example = "Deutsch-Rumänischer Kulturverein") String name,
        @NotNull @Schema(required = true) AssociationKind kind,
        @Schema(description = "Defaults to none") List<@NotNull AssociationField> fields,
        @Size(max = 200) @Schema(description = "Contact person", example = "Ana Beispiel") String contactName,
        @Email @Size(max = 254) @Schema(example = "kontakt@kulturverein.example.org") String email,
        @Size(max = 50) @Schema(example = "+49 7141 000000") String phone,
        @Size(max = 300) @Schema(example = "Marktplatz 1, 71634 Ludwigsburg") String address,
        @Size(max = 100) @Schema(example = "Oststadt") String district,
        @Size(max = 20) @Schema(description = "ISO 639-1 codes, lower case; defaults to none", example = "[\"ro\", \"de\"]")
        List<@NotNull @Pattern(regexp = "^[a-z]{2}$", message = "must be an ISO 639-1 language code, e.g. ro") String> languages,
        @Min(0) @Schema(example = "45") Integer memberCount,
        @Schema(description = "Defaults to true", example = "true") Boolean active,
        @Size(max = 500) @Schema(example = "https://kulturverein.example.org") String website,
        @Size(max = 10000) @Schema(example = "Needs rooms for heritage-language teaching.") String notes,
        @Schema(description = "The version the change is based on; required for PUT and PATCH unless If-Match is sent, ignored on POST", example = "0") Long version) {

    static AssociationRequest from(Association a) {
        return new AssociationRequest(a.name, a.kind, EnumArrays.values(a.fields, AssociationField.class), a.contactName,
                a.email, a.phone, a.address, a.district, a.languages, a.memberCount, a.active, a.website, a.notes, a.version);
    }
}
