package de.lotse.meeting;

import de.lotse.association.Association;
import de.lotse.common.api.Versions;
import de.lotse.common.error.Problems;
import de.lotse.common.paging.ListQuery;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.paging.SortFields;
import de.lotse.common.persistence.Records;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MeetingParticipantService {

    static final SortFields SORT = SortFields.defaultingTo("createdAt")
            .field("personName").field("attended").field("createdAt");

    /** Filters of the participant list; null means "any". */
    public record Filter(Boolean attended, UUID associationId) {
    }

    @Transactional
    public Page<MeetingParticipantDto> list(UUID meetingId, Filter filter, PageParams params) {
        Page<MeetingParticipantDto> page = new ListQuery()
                .where("meetingId = :meetingId", "meetingId", meetingId)
                .search(params.q)
                .where("attended = :attended", "attended", filter.attended())
                .where("associationId = :associationId", "associationId", filter.associationId())
                .page((jpql, sort, parameters) -> MeetingParticipant.find(jpql, sort, parameters), SORT, params,
                        MeetingParticipantDto::from);
        if (page.total() == 0) {
            // Only an empty list needs a look at the meeting: participants prove that it exists.
            NetworkMeetingService.find(meetingId);
        }
        return page;
    }

    @Transactional
    public MeetingParticipantDto get(UUID meetingId, UUID id) {
        return MeetingParticipantDto.from(find(meetingId, id));
    }

    @Transactional
    public MeetingParticipantDto create(UUID meetingId, MeetingParticipantRequest request) {
        NetworkMeetingService.find(meetingId);
        MeetingParticipant participant = new MeetingParticipant();
        participant.meetingId = meetingId;
        apply(request, participant);
        participant.persistAndFlush();
        return MeetingParticipantDto.from(participant);
    }

    @Transactional
    public MeetingParticipantDto update(UUID meetingId, UUID id, MeetingParticipantRequest request, long expectedVersion) {
        MeetingParticipant participant = find(meetingId, id);
        Versions.check(participant, expectedVersion);
        apply(request, participant);
        participant.persistAndFlush();
        return MeetingParticipantDto.from(participant);
    }

    @Transactional
    public MeetingParticipantRequest writableState(UUID meetingId, UUID id) {
        return MeetingParticipantRequest.from(find(meetingId, id));
    }

    @Transactional
    public void delete(UUID meetingId, UUID id) {
        Records.delete(find(meetingId, id), "Participant");
    }

    private static MeetingParticipant find(UUID meetingId, UUID id) {
        MeetingParticipant participant = MeetingParticipant.findById(id);
        if (participant == null || !participant.meetingId.equals(meetingId)) {
            throw Problems.notFound("participant", id);
        }
        return participant;
    }

    private static void apply(MeetingParticipantRequest request, MeetingParticipant participant) {
        String personName = blankToNull(request.personName());
        if ((request.associationId() == null) == (personName == null)) {
            String message = "exactly one of associationId and personName is required";
            throw Problems.invalid(List.of(new Problems.FieldViolation("associationId", "body", message),
                    new Problems.FieldViolation("personName", "body", message)));
        }
        String organisation = blankToNull(request.organisation());
        if (request.associationId() != null && organisation != null) {
            throw Problems.invalidBody("organisation", "is only for a named person (personName), not for an association");
        }
        Records.requireReference("associationId", request.associationId(), Association.class);
        if (request.associationId() != null && MeetingParticipant.count("meetingId = ?1 and associationId = ?2 and id <> ?3",
                participant.meetingId, request.associationId(), participant.id == null ? new UUID(0, 0) : participant.id) > 0) {
            throw Problems.duplicate("associationId", "The association already participates in this meeting");
        }
        participant.associationId = request.associationId();
        participant.personName = personName;
        participant.organisation = organisation;
        participant.role = blankToNull(request.role());
        participant.invited = request.invited() == null || request.invited();
        participant.attended = request.attended() != null && request.attended();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
