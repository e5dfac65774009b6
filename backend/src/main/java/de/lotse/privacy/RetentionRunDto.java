package de.lotse.privacy;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetentionRun", description = "What a run of the retention job did. Counts only: no names, no ids.")
public record RetentionRunDto(
        @Schema(required = true, example = "2026-03-01T02:30:00Z") Instant startedAt,
        @Schema(required = true, example = "2026-03-01T02:30:01Z") Instant finishedAt,
        @Schema(required = true, description = "The retention period (LOTSE_RETENTION_MONTHS)", example = "24") int retentionMonths,
        @Schema(required = true, description = "People whose involvement ended before this day were due", example = "2024-03-01") LocalDate endedBefore,
        @Schema(required = true, description = "Newcomers (FINISHED) and sponsors (LEFT) due and not yet anonymised", example = "5") int examined,
        @Schema(required = true, description = "Of these, anonymised by this run", example = "4") int anonymised,
        @Schema(required = true, description = "Of these, left untouched because of a legal hold", example = "1") int skippedForLegalHold) {
}
