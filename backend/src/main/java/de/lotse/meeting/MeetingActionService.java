package de.lotse.meeting;

import de.lotse.common.api.Versions;
import de.lotse.common.error.Problems;
import de.lotse.common.paging.ListQuery;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.paging.SortFields;
import de.lotse.common.persistence.Records;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class MeetingActionService {

    static final SortFields SORT = SortFields.defaultingTo("dueDate")
            .field("dueDate").field("status").field("createdAt");

    private static final String OVERDUE =
            "(status = de.lotse.meeting.MeetingActionStatus.OPEN and dueDate < :today)";
    private static final String NOT_OVERDUE =
            "(status <> de.lotse.meeting.MeetingActionStatus.OPEN or dueDate is null or dueDate >= :today)";

    /** The list across meetings may also be sorted by who takes care and by the meetings' start. */
    static final SortFields SORT_ACROSS_MEETINGS = SortFields.defaultingTo("dueDate")
            .field("dueDate").field("status").field("owner").field("meetingStartsAt").field("createdAt");

    /** Filters of the action list; null means "any". Overdue: OPEN with a due date before today (office time zone). */
    public record Filter(MeetingActionStatus status, Boolean overdue) {
    }

    /** Filters of the list across meetings; null means "any". {@code owner} matches the whole name, ignoring case. */
    public record AcrossMeetingsFilter(MeetingActionStatus status, Boolean overdue, UUID meetingId, String owner) {
    }

    /**
     * Actions of all meetings, each with its meeting's title and start: still two statements (page and
     * count), the meeting's fields come from subqueries on its primary key. An unknown meetingId is an empty list.
     */
    @Transactional
    public Page<MeetingActionWithMeetingDto> listAcrossMeetings(AcrossMeetingsFilter filter, PageParams params) {
        return new ListQuery()
                .where("meetingId = :meetingId", "meetingId", filter.meetingId())
                .where("lower(owner) = lower(:owner)", "owner", filter.owner() == null ? null : filter.owner().trim())
                .search(params.q)
                .where("status = :status", "status", filter.status())
                .where(Boolean.FALSE.equals(filter.overdue()) ? NOT_OVERDUE : OVERDUE, "today",
                        filter.overdue() == null ? null : NetworkMeetingService.today())
                .page((jpql, sort, parameters) -> MeetingAction.find(jpql, sort, parameters), SORT_ACROSS_MEETINGS, params,
                        MeetingActionWithMeetingDto::from);
    }

    @Transactional
    public Page<MeetingActionDto> list(UUID meetingId, Filter filter, PageParams params) {
        Page<MeetingActionDto> page = new ListQuery()
                .where("meetingId = :meetingId", "meetingId", meetingId)
                .search(params.q)
                .where("status = :status", "status", filter.status())
                .where(Boolean.FALSE.equals(filter.overdue()) ? NOT_OVERDUE : OVERDUE, "today",
                        filter.overdue() == null ? null : NetworkMeetingService.today())
                .page((jpql, sort, parameters) -> MeetingAction.find(jpql, sort, parameters), SORT, params,
                        MeetingActionDto::from);
        if (page.total() == 0) {
            // Only an empty list needs a look at the meeting: actions prove that it exists.
            NetworkMeetingService.find(meetingId);
        }
        return page;
    }

    @Transactional
    public MeetingActionDto get(UUID meetingId, UUID id) {
        return MeetingActionDto.from(find(meetingId, id));
    }

    @Transactional
    public MeetingActionDto create(UUID meetingId, MeetingActionRequest request) {
        NetworkMeetingService.find(meetingId);
        MeetingAction action = new MeetingAction();
        action.meetingId = meetingId;
        apply(request, action);
        action.persistAndFlush();
        return MeetingActionDto.from(action);
    }

    @Transactional
    public MeetingActionDto update(UUID meetingId, UUID id, MeetingActionRequest request, long expectedVersion) {
        MeetingAction action = find(meetingId, id);
        Versions.check(action, expectedVersion);
        apply(request, action);
        action.persistAndFlush();
        return MeetingActionDto.from(action);
    }

    @Transactional
    public MeetingActionRequest writableState(UUID meetingId, UUID id) {
        return MeetingActionRequest.from(find(meetingId, id));
    }

    @Transactional
    public void delete(UUID meetingId, UUID id) {
        Records.delete(find(meetingId, id), "Action");
    }

    private static MeetingAction find(UUID meetingId, UUID id) {
        MeetingAction action = MeetingAction.findById(id);
        if (action == null || !action.meetingId.equals(meetingId)) {
            throw Problems.notFound("action", id);
        }
        return action;
    }

    private static void apply(MeetingActionRequest request, MeetingAction action) {
        MeetingActionStatus status = request.status() == null ? MeetingActionStatus.OPEN : request.status();
        if (status == MeetingActionStatus.OPEN && request.doneOn() != null) {
            throw Problems.invalidBody("doneOn", "must be empty while the status is OPEN");
        }
        action.description = request.description();
        action.owner = request.owner();
        action.dueDate = request.dueDate();
        action.status = status;
        action.doneOn = request.doneOn();
    }
}
