package de.lotse.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.lotse.common.persistence.EnumArrays;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectRequest", description = "The writable fields of a project. Read-only fields (id, createdAt, updatedAt) are ignored when sent.")
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt"}, allowGetters = false)
public record ProjectRequest(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "must be upper-case letters, digits, - or _")
        @Schema(required = true, example = "WIL") String code,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Willkommen in Ludwigsburg") String name,
        @Size(max = 10000) @Schema(example = "Trained volunteer sponsors accompany newcomers for one year.") String description,
        @NotNull @Schema(required = true) ProjectStatus status,
        @Schema(example = "2015-04-01") LocalDate startDate,
        @Schema(description = "Not before startDate", example = "2018-03-31") LocalDate endDate,
        @Size(max = 200) @Schema(example = "VwV Integration") String fundingProgramme,
        @Size(max = 200) @Schema(example = "Ministerium für Integration Baden-Württemberg") String funder,
        @Schema(description = "Defaults to none") List<@NotNull ActionField> actionFields,
        @Min(0) @Max(100) @Schema(example = "35") Integer staffSharePercent,
        @Size(max = 200) @Schema(example = "Büro für Integration und Migration") String lead,
        @Size(max = 200) @Schema(example = "Projektkoordination WiL") String coordinator,
        @Schema(description = "The version the change is based on; required for PUT and PATCH unless If-Match is sent, ignored on POST", example = "0") Long version) {

    static ProjectRequest from(Project p) {
        return new ProjectRequest(p.code, p.name, p.description, p.status, p.startDate, p.endDate,
                p.fundingProgramme, p.funder, EnumArrays.values(p.actionFields, ActionField.class), p.staffSharePercent, p.lead, p.coordinator, p.version);
    }
}
