package de.lotse.sponsor;

import de.lotse.common.api.Versions;
import de.lotse.common.error.Problems;
import de.lotse.common.paging.ListQuery;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.paging.SortFields;
import de.lotse.common.persistence.Records;
import de.lotse.project.Project;
import de.lotse.security.Caller;
import de.lotse.security.RecordScope;
import java.util.Objects;
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
    private final Caller caller;

    public SponsorService(Caller caller) {
        this.caller = caller;
    }

    public record Filter(SponsorStatus status, String district, String language, UUID projectId, Boolean trained) {
    }

    @Transactional
    public Page<SponsorDto> list(Filter filter, PageParams params) {
        if (filter.language() != null && !filter.language().isBlank() && !LANGUAGE_CODE.matcher(filter.language()).matches()) {
            throw Problems.invalid("language", "query", "must be an ISO 639-1 language code (two lower-case letters)");
        }
        return caller.scope().restrict(new ListQuery())
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
        if (caller.scope().self() != null && caller.scope().self().equals(id)) {
            requireOnlyOwnFieldsChanged(request, SponsorRequest.from(sponsor));
        }
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

    /** The sponsor if the caller may see it; otherwise 404, as if it did not exist. */
    Sponsor find(UUID id) {
        Sponsor sponsor = Records.require(Sponsor.class, id, "sponsor");
        if (!caller.scope().sees(sponsor.id, sponsor.projectId)) {
            throw Problems.notFound("sponsor", id);
        }
        return sponsor;
    }

    /**
     * Sponsors keep their own contact details, languages, district, interests and availability up
     * to date; status, training, capacity, consent, project and the office's notes stay with the office.
     */
    private static void requireOnlyOwnFieldsChanged(SponsorRequest wanted, SponsorRequest stored) {
        boolean officeFieldsKept = wanted.status() == stored.status()
                && Objects.equals(wanted.trainingCompletedOn(), stored.trainingCompletedOn())
                && Objects.equals(wanted.maxMentees() == null ? DEFAULT_MAX_MENTEES : wanted.maxMentees(), stored.maxMentees())
                && Objects.equals(wanted.consentGivenAt(), stored.consentGivenAt())
                && Objects.equals(wanted.projectId(), stored.projectId())
                && Objects.equals(wanted.notes(), stored.notes());
        if (!officeFieldsKept) {
            throw Problems.forbidden("Sponsors may change their contact details, languages, district, interests and availability; "
                    + "ask the office for status, training, capacity, consent, project or notes.");
        }
    }

    private void apply(SponsorRequest request, Sponsor sponsor) {
        Records.requireReference("projectId", request.projectId(), Project.class);
        RecordScope scope = caller.scope();
        if (!scope.mayAssign(request.projectId())) {
            throw Problems.forbidden("You can only keep sponsors in the projects you coordinate.");
        }
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
