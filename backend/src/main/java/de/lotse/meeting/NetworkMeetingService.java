package de.lotse.meeting;

import de.lotse.association.Association;
import de.lotse.common.api.Versions;
import de.lotse.common.error.Problems;
import de.lotse.common.paging.ListQuery;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.paging.SortFields;
import de.lotse.common.persistence.EnumArrays;
import de.lotse.common.persistence.Records;
import de.lotse.project.ActionField;
import de.lotse.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NetworkMeetingService {

    /** Calendar days in filters (from, to, overdue) are days of the office, in its time zone. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    static final SortFields SORT = SortFields.defaultingTo("-startsAt")
            .field("startsAt").field("title").field("format").field("createdAt");

    /** Filters of the meeting list; null means "any". {@code from} and {@code to} are inclusive days. */
    public record Filter(MeetingFormat format, LocalDate from, LocalDate to, UUID hostAssociationId, UUID projectId,
            ActionField actionField) {
    }

    @Transactional
    public Page<NetworkMeetingDto> list(Filter filter, PageParams params) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw Problems.invalid("to", "query", "must not be before from");
        }
        return new ListQuery()
                .search(params.q)
                .where("format = :format", "format", filter.format())
                .where("startsAt >= :from", "from", startOf(filter.from()))
                .where("startsAt < :to", "to", startOf(filter.to() == null ? null : filter.to().plusDays(1)))
                .where("hostAssociationId = :hostAssociationId", "hostAssociationId", filter.hostAssociationId())
                .where("projectId = :projectId", "projectId", filter.projectId())
                .where("array_contains(actionFields, :actionField)", "actionField", EnumArrays.name(filter.actionField()))
                .page((jpql, sort, parameters) -> NetworkMeeting.find(jpql, sort, parameters), SORT, params, NetworkMeetingDto::from);
    }

    @Transactional
    public NetworkMeetingDto get(UUID id) {
        return NetworkMeetingDto.from(find(id));
    }

    @Transactional
    public NetworkMeetingDto create(NetworkMeetingRequest request) {
        NetworkMeeting meeting = new NetworkMeeting();
        apply(request, meeting);
        meeting.persistAndFlush();
        return NetworkMeetingDto.from(meeting);
    }

    @Transactional
    public NetworkMeetingDto update(UUID id, NetworkMeetingRequest request, long expectedVersion) {
        NetworkMeeting meeting = find(id);
        Versions.check(meeting, expectedVersion);
        apply(request, meeting);
        meeting.persistAndFlush();
        return NetworkMeetingDto.from(meeting);
    }

    @Transactional
    public NetworkMeetingRequest writableState(UUID id) {
        return NetworkMeetingRequest.from(find(id));
    }

    /** Deletes the meeting with its participants and actions (ON DELETE CASCADE). */
    @Transactional
    public void delete(UUID id) {
        NetworkMeeting meeting = find(id);
        Records.delete(meeting, "Network meeting " + meeting.title);
    }

    static NetworkMeeting find(UUID id) {
        return Records.require(NetworkMeeting.class, id, "network meeting");
    }

    static LocalDate today() {
        return LocalDate.now(OFFICE_ZONE);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(OFFICE_ZONE).toInstant();
    }

    private static void apply(NetworkMeetingRequest request, NetworkMeeting meeting) {
        Instant startsAt = request.startsAt().truncatedTo(ChronoUnit.MICROS);
        Instant endsAt = request.endsAt() == null ? null : request.endsAt().truncatedTo(ChronoUnit.MICROS);
        if (endsAt != null && endsAt.isBefore(startsAt)) {
            throw Problems.invalidBody("endsAt", "must not be before startsAt");
        }
        Records.requireReference("hostAssociationId", request.hostAssociationId(), Association.class);
        Records.requireReference("projectId", request.projectId(), Project.class);
        meeting.title = request.title();
        meeting.format = request.format();
        meeting.startsAt = startsAt;
        meeting.endsAt = endsAt;
        meeting.location = request.location();
        meeting.hostAssociationId = request.hostAssociationId();
        meeting.projectId = request.projectId();
        meeting.actionFields = EnumArrays.names(request.actionFields());
        meeting.topics = request.topics() == null ? List.of() : request.topics().stream().map(String::trim).distinct().toList();
        meeting.minutes = request.minutes();
    }
}
