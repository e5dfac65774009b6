package de.lotse.meeting;

import de.lotse.common.api.Resource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingActionWithMeeting",
        description = "An action agreed in a network meeting, with the title and start of its meeting (list across meetings)")
public record MeetingActionWithMeetingDto(
        @Schema(required = true, example = "01933b5e-4b4a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(required = true, example = "0") long version,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant updatedAt,
        @Schema(required = true, example = "01933b5e-6d4a-7c3d-9a1b-2c3d4e5f6a7b") UUID meetingId,
        @Schema(required = true, description = "Title of the meeting", example = "Netzwerktreffen 2026") String meetingTitle,
        @Schema(required = true, description = "Start of the meeting", example = "2026-03-12T17:00:00Z") Instant meetingStartsAt,
        @Schema(required = true, example = "Ask the school authority for rooms for heritage-language teaching") String description,
        @Schema(required = true, description = "Who takes care of it", example = "Büro für Integration und Migration") String owner,
        @Schema(example = "2026-04-30") LocalDate dueDate,
        @Schema(required = true) MeetingActionStatus status,
        @Schema(example = "2026-04-20") LocalDate doneOn) implements Resource {

    static MeetingActionWithMeetingDto from(MeetingAction a) {
        return new MeetingActionWithMeetingDto(a.id, a.version, a.createdAt, a.updatedAt, a.meetingId, a.meetingTitle,
                a.meetingStartsAt, a.description, a.owner, a.dueDate, a.status, a.doneOn);
    }
}
