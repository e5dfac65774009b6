package de.lotse.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.lotse.common.persistence.EnumArrays;
import de.lotse.project.ActionField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkMeetingRequest", description = "The writable fields of a network meeting. Read-only fields (id, createdAt, updatedAt) are ignored when sent.")
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt"}, allowGetters = false)
public record NetworkMeetingRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Netzwerktreffen 2026") String title,
        @NotNull @Schema(required = true) MeetingFormat format,
        @NotNull @Schema(required = true, example = "2026-03-12T17:00:00Z") Instant startsAt,
        @Schema(description = "Not before startsAt", example = "2026-03-12T19:30:00Z") Instant endsAt,
        @Size(max = 300) @Schema(example = "Forum am Schlosspark, Ludwigsburg") String location,
        @Schema(description = "An existing association hosting the meeting", example = "01933b5e-7e4a-7c3d-9a1b-2c3d4e5f6a7b") UUID hostAssociationId,
        @Schema(description = "An existing project the meeting belongs to", example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID projectId,
        @Schema(description = "Defaults to none") List<@NotNull ActionField> actionFields,
        @Size(max = 50) @Schema(description = "Defaults to none", example = "[\"Raumbedarf\", \"Herkunftssprachlicher Unterricht\"]")
        List<@NotBlank @Size(max = 200) String> topics,
        @Size(max = 100000) @Schema(description = "Minutes (Protokoll)", example = "22 of 45 associations answered the needs survey.") String minutes,
        @Schema(description = "The version the change is based on; required for PUT and PATCH unless If-Match is sent, ignored on POST", example = "0") Long version) {

    static NetworkMeetingRequest from(NetworkMeeting m) {
        return new NetworkMeetingRequest(m.title, m.format, m.startsAt, m.endsAt, m.location, m.hostAssociationId, m.projectId,
                EnumArrays.values(m.actionFields, ActionField.class), m.topics, m.minutes, m.version);
    }
}
