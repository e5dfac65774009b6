package de.lotse.sponsor;

import de.lotse.common.api.Versions;
import de.lotse.common.error.Problems;
import de.lotse.common.paging.ListQuery;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.paging.SortFields;
import de.lotse.common.persistence.Records;
import de.lotse.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SponsorService {

    static final SortFields SORT = SortFields.defaultingTo("lastName,firstName")
            .field("lastName").field("firstName").field("district").field("status").field("trainingCompletedOn")
            .field("createdAt");

    static final int DEFAULT_MAX_MENTEES = 2;
    private static final java.util.regex.Pattern LANGUAGE_CODE = java.util.regex.Pattern.compile("[a-z]{2}");

    /** Filters of the sponsor list; null means "any". */
    public record Filter(SponsorStatus status, String district, String language, UUID projectId, Boolean trained) {
    }

    @Transactional
    public Page<SponsorDto> list(Filter filter, PageParams params) {
        if (filter.language() != null && !filter.language().isBlank() && !LANGUAGE_CODE.matcher(filter.language()).matches()) {
            throw Problems.invalid("language", "query", "must be an ISO 639-1 language code (two lower-case letters)");
        }
        return new ListQuery()
                .search(params.q)
                .where("status = :status", "status", filter.status())
                .where("lower(district) = lower(:district)", "district", filter.district())
                .where("array_contains(languages, :language)", "language", filter.language())
                .where("projectId = :projectId", "projectId", filter.projectId())
                .where("(case when trainingCompletedOn is null then false else true end) = :trained", "trained", filter.trained())
                .page((jpql, sort, parameters) -> Sponsor.find(jpql, sort, parameters), SORT, params, SponsorDto::from);
    }

    @Transactional
    public SponsorDto get(UUID id) {
        return SponsorDto.from(find(id));
    }

    @Transactional
    public SponsorDto create(SponsorRequest request) {
        Sponsor sponsor = new Sponsor();
        apply(request, sponsor);
        sponsor.persistAndFlush();
        return SponsorDto.from(sponsor);
    }

    @Transactional
    public SponsorDto update(UUID id, SponsorRequest request, long expectedVersion) {
        Sponsor sponsor = find(id);
        Versions.check(sponsor, expectedVersion);
        apply(request, sponsor);
        sponsor.persistAndFlush();
        return SponsorDto.from(sponsor);
    }

    @Transactional
    public SponsorRequest writableState(UUID id) {
        return SponsorRequest.from(find(id));
    }

    @Transactional
    public void delete(UUID id) {
        Sponsor sponsor = find(id);
        // The id, not the name: problem details never carry personal data.
        Records.delete(sponsor, "Sponsor " + sponsor.id);
    }

    static Sponsor find(UUID id) {
        return Records.require(Sponsor.class, id, "sponsor");
    }

    private static void apply(SponsorRequest request, Sponsor sponsor) {
        Records.requireReference("projectId", request.projectId(), Project.class);
        sponsor.firstName = request.firstName();
        sponsor.lastName = request.lastName();
        sponsor.email = request.email();
        sponsor.phone = request.phone();
        sponsor.languages = distinct(request.languages());
        sponsor.district = request.district();
        sponsor.interests = distinct(request.interests());
        sponsor.availability = request.availability();
        sponsor.status = request.status();
        sponsor.trainingCompletedOn = request.trainingCompletedOn();
        sponsor.maxMentees = request.maxMentees() == null ? DEFAULT_MAX_MENTEES : request.maxMentees();
        // PostgreSQL keeps microseconds: cut here so the answer equals what a later GET returns.
        sponsor.consentGivenAt = request.consentGivenAt() == null ? null : request.consentGivenAt().truncatedTo(ChronoUnit.MICROS);
        sponsor.projectId = request.projectId();
        sponsor.notes = request.notes();
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }
}
