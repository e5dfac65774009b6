package de.lotse.meeting;

import de.lotse.common.api.Resource;
import de.lotse.common.persistence.EnumArrays;
import de.lotse.project.ActionField;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkMeeting", description = "A meeting of the network (Netzwerktreffen, Kamingespräch, Runder Tisch, Jour Fixe ...)")
public record NetworkMeetingDto(
        @Schema(required = true, example = "01933b5e-6d4a-7c3d-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(required = true, description = "Optimistic-lock version; send it back with PUT/PATCH", example = "0") long version,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @Schema(required = true, example = "2026-03-01T09:30:00Z") Instant updatedAt,
        @Schema(required = true, example = "Netzwerktreffen 2026") String title,
        @Schema(required = true) MeetingFormat format,
        @Schema(required = true, example = "2026-03-12T17:00:00Z") Instant startsAt,
        @Schema(example = "2026-03-12T19:30:00Z") Instant endsAt,
        @Schema(example = "Forum am Schlosspark, Ludwigsburg") String location,
        @Schema(description = "The association hosting the meeting", example = "01933b5e-7e4a-7c3d-9a1b-2c3d4e5f6a7b") UUID hostAssociationId,
        @Schema(description = "The project the meeting belongs to", example = "01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b") UUID projectId,
        @Schema(required = true) List<ActionField> actionFields,
        @Schema(required = true, example = "[\"Raumbedarf\", \"Herkunftssprachlicher Unterricht\"]") List<String> topics,
        @Schema(description = "Minutes (Protokoll)", example = "22 of 45 associations answered the needs survey.") String minutes) implements Resource {

    static NetworkMeetingDto from(NetworkMeeting m) {
        return new NetworkMeetingDto(m.id, m.version, m.createdAt, m.updatedAt, m.title, m.format, m.startsAt, m.endsAt,
                m.location, m.hostAssociationId, m.projectId, EnumArrays.values(m.actionFields, ActionField.class),
                m.topics == null ? List.of() : List.copyOf(m.topics), m.minutes);
    }
}
