package de.lotse.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MilestoneRequest", description = "The writable fields of a milestone. Read-only fields (id, projectId, createdAt, updatedAt) are ignored when sent.")
@JsonIgnoreProperties({"id", "projectId", "createdAt", "updatedAt"})
public record MilestoneRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Matching") String title,
        @Size(max = 10000) @Schema(example = "Sponsors and newcomers meet and form tandems.") String description,
        @Schema(example = "2015-10-01") LocalDate plannedDate,
        @Schema(description = "Set when the milestone was reached", example = "2015-11-15") LocalDate achievedDate,
        @NotNull @Schema(required = true) MilestoneStatus status,
        @Schema(description = "The version the change is based on; required for PUT and PATCH unless If-Match is sent, ignored on POST", example = "0") Long version) {

    static MilestoneRequest from(Milestone m) {
        return new MilestoneRequest(m.title, m.description, m.plannedDate, m.achievedDate, m.status, m.version);
    }
}
