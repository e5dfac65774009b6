package de.lotse.meeting;

import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The agreed actions of all network meetings in one read-only list (e.g. "all open actions"). Actions are
 * written through their meeting: {@code /api/v1/network-meetings/{meetingId}/actions}.
 */
@Path("/api/v1/meeting-actions")
@Tag(name = "Network meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingActionsAcrossMeetingsResource {

    private final MeetingActionService service;

    public MeetingActionsAcrossMeetingsResource(MeetingActionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listMeetingActionsAcrossMeetings", summary = "List the agreed actions of all network meetings",
            description = "Read-only; each action carries its meetingId and the meeting's title and start. Searchable (q) by "
                    + "description and owner. Sortable by dueDate (default), status, owner, meetingStartsAt, createdAt. "
                    + "Actions are created and changed under /api/v1/network-meetings/{meetingId}/actions.")
    public Page<MeetingActionWithMeetingDto> list(@BeanParam @Valid PageParams page,
            @QueryParam("status") @Parameter(description = "Only actions in this status") MeetingActionStatus status,
            @QueryParam("overdue") @Parameter(description = "true: only OPEN actions due before today (office time zone Europe/Berlin); false: only the others") Boolean overdue,
            @QueryParam("meetingId") @Parameter(description = "Only actions of this meeting (an unknown id gives an empty list)") UUID meetingId,
            @QueryParam("owner") @Parameter(description = "Only actions this person or organisation takes care of (whole name, case-insensitive)") String owner) {
        return service.listAcrossMeetings(new MeetingActionService.AcrossMeetingsFilter(status, overdue, meetingId, owner), page);
    }
}
