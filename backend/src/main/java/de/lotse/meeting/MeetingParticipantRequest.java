package de.lotse.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingParticipantRequest", description = "The writable fields of a participant: exactly one of associationId and personName. "
        + "Read-only fields (id, meetingId, createdAt, updatedAt) are ignored when sent.")
@JsonIgnoreProperties({"id", "meetingId", "createdAt", "updatedAt"})
public record MeetingParticipantRequest(
        @Schema(description = "An existing association; at most once per meeting. Not together with personName",
                example = "01933b5e-7e4a-7c3d-9a1b-2c3d4e5f6a7b") UUID associationId,
        @Size(max = 200) @Schema(description = "A named person. Not together with associationId", example = "Jana Beispiel") String personName,
        @Size(max = 200) @Schema(description = "The person's organisation; only with personName", example = "Staatliches Schulamt") String organisation,
        @Size(max = 200) @Schema(description = "Role in the meeting or organisation", example = "Schulrätin") String role,
        @Schema(description = "Defaults to true", example = "true") Boolean invited,
        @Schema(description = "Defaults to false", example = "false") Boolean attended,
        @Schema(description = "The version the change is based on; required for PUT and PATCH unless If-Match is sent, ignored on POST", example = "0") Long version) {

    static MeetingParticipantRequest from(MeetingParticipant p) {
        return new MeetingParticipantRequest(p.associationId, p.personName, p.organisation, p.role, p.invited, p.attended, p.version);
    }
}
