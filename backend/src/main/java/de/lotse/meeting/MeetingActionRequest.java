package de.lotse.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingActionRequest", description = "The writable fields of an agreed action. Read-only fields (id, meetingId, createdAt, updatedAt) are ignored when sent.")
@JsonIgnoreProperties({"id", "meetingId", "createdAt", "updatedAt"})
public record MeetingActionRequest(
        @NotBlank @Size(max = 2000) @Schema(required = true, example = "Ask the school authority for rooms for heritage-language teaching") String description,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "Who takes care of it", example = "Büro für Integration und Migration") String owner,
        @Schema(example = "2026-04-30") LocalDate dueDate,
        @Schema(description = "Defaults to OPEN") MeetingActionStatus status,
        @Schema(description = "The day it was done; only with status DONE", example = "2026-04-20") LocalDate doneOn,
        @Schema(description = "The version the change is based on; required for PUT and PATCH unless If-Match is sent, ignored on POST", example = "0") Long version) {

    static MeetingActionRequest from(MeetingAction a) {
        return new MeetingActionRequest(a.description, a.owner, a.dueDate, a.status, a.doneOn, a.version);
    }
}
