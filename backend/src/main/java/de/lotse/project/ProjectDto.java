package de.lotse.project;

import de.lotse.common.api.Resource;
import de.lotse.common.persistence.EnumArrays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Project", description = "A funded, time-boxed programme of the office (Förderprojekt)")
public record ProjectDto(
        @Schema(required = true, example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(required = true, description = "Optimistic-lock version; send it back with PUT/PATCH", example = "0") long version,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant updatedAt,
        @Schema(required = true, example = "WIL") String code,
        @Schema(required = true, example = "Willkommen in Ludwigsburg") String name,
        @Schema(example = "Trained volunteer sponsors accompany newcomers for one year.") String description,
        @Schema(required = true) ProjectStatus status,
        @Schema(example = "2015-04-01") LocalDate startDate,
        @Schema(example = "2018-03-31") LocalDate endDate,
        @Schema(example = "VwV Integration") String fundingProgramme,
        @Schema(example = "Ministerium für Integration Baden-Württemberg") String funder,
        @Schema(required = true) List<ActionField> actionFields,
        @Schema(description = "Share of a full-time post the office puts into the project, in percent", example = "35") Integer staffSharePercent,
        @Schema(description = "Project lead (Projektleitung)", example = "Büro für Integration und Migration") String lead,
        @Schema(description = "Project coordinator (Projektkoordination)", example = "Projektkoordination WiL") String coordinator) implements Resource {

    static ProjectDto from(Project p) {
        return new ProjectDto(p.id, p.version, p.createdAt, p.updatedAt, p.code, p.name, p.description, p.status,
                p.startDate, p.endDate, p.fundingProgramme, p.funder, EnumArrays.values(p.actionFields, ActionField.class),
                p.staffSharePercent, p.lead, p.coordinator);
    }
}
