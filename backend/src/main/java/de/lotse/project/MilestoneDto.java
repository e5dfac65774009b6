package de.lotse.project;

import de.lotse.common.api.Resource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestone", description = "A milestone of a project")
public record MilestoneDto(
        @Schema(required = true, example = "01933b5e-9a4a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(required = true, example = "0") long version,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant updatedAt,
        @Schema(required = true, example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID projectId,
        @Schema(required = true, example = "Matching") String title,
        @Schema(example = "Sponsors and newcomers meet and form tandems.") String description,
        @Schema(example = "2015-10-01") LocalDate plannedDate,
        @Schema(example = "2015-11-15") LocalDate achievedDate,
        @Schema(required = true) MilestoneStatus status) implements Resource {

    static MilestoneDto from(Milestone m) {
        return new MilestoneDto(m.id, m.version, m.createdAt, m.updatedAt, m.projectId, m.title, m.description,
                m.plannedDate, m.achievedDate, m.status);
    }
}
