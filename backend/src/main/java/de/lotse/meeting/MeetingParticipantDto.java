package de.lotse.meeting;

import de.lotse.common.api.Resource;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingParticipant", description = "An association or a named person invited to or attending a network meeting; exactly one of associationId and personName is set")
public record MeetingParticipantDto(
        @Schema(required = true, example = "01933b5e-5c4a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(required = true, example = "0") long version,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant updatedAt,
        @Schema(required = true, example = "01933b5e-6d4a-7c3d-9a1b-2c3d4e5f6a7b") UUID meetingId,
        @Schema(description = "The participating association", example = "01933b5e-7e4a-7c3d-9a1b-2c3d4e5f6a7b") UUID associationId,
        @Schema(description = "The participating person, when not an association", example = "Jana Beispiel") String personName,
        @Schema(description = "The person's organisation", example = "Staatliches Schulamt") String organisation,
        @Schema(description = "Role in the meeting or organisation", example = "Schulrätin") String role,
        @Schema(required = true, example = "true") boolean invited,
        @Schema(required = true, example = "false") boolean attended) implements Resource {

    static MeetingParticipantDto from(MeetingParticipant p) {
        return new MeetingParticipantDto(p.id, p.version, p.createdAt, p.updatedAt, p.meetingId, p.associationId,
                p.personName, p.organisation, p.role, p.invited, p.attended);
    }
}
