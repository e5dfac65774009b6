package de.lotse.newcomer;

import de.lotse.common.api.Versions;
import de.lotse.common.error.Problems;
import de.lotse.common.paging.ListQuery;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.paging.SortFields;
import de.lotse.common.persistence.EnumArrays;
import de.lotse.common.persistence.Records;
import de.lotse.project.Project;
import de.lotse.security.Caller;
import de.lotse.security.RecordScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

@ApplicationScoped
public class NewcomerService {

    static final SortFields SORT = SortFields.defaultingTo("lastName,firstName")
            .field("lastName").field("firstName").field("arrivalDate").field("district").field("status")
            .field("countryOfOrigin").field("createdAt");

    static final int DEFAULT_HOUSEHOLD_SIZE = 1;
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    private final Caller caller;

    public NewcomerService(Caller caller) {
        this.caller = caller;
    }

    /** Filters of the newcomer list; null means "any". */
    public record Filter(NewcomerStatus status, String district, String language, String countryOfOrigin, NewcomerNeed need,
            ResidenceStatus residenceStatus, UUID projectId, LocalDate arrivedFrom, LocalDate arrivedTo) {
    }

    @Transactional
    public Page<NewcomerDto> list(Filter filter, PageParams params) {
        requireCode("language", filter.language(), LANGUAGE_CODE, "must be an ISO 639-1 language code (two lower-case letters)");
        requireCode("countryOfOrigin", filter.countryOfOrigin(), COUNTRY_CODE,
                "must be an ISO 3166-1 alpha-2 country code (two upper-case letters)");
        if (filter.residenceStatus() != null && !caller.seesSensitiveData()) {
            // Filtering by it would reveal it.
            throw Problems.forbidden("Your role may not see or filter by residence status.");
        }
        if (filter.arrivedFrom() != null && filter.arrivedTo() != null && filter.arrivedTo().isBefore(filter.arrivedFrom())) {
            throw Problems.invalid("arrivedTo", "query", "must not be before arrivedFrom");
        }
        return caller.scope().restrict(new ListQuery())
                .search(params.q)
                .where("status = :status", "status", filter.status())
                .where("lower(district) = lower(:district)", "district", filter.district())
                .where("array_contains(languages, :language)", "language", filter.language())
                .where("countryOfOrigin = :countryOfOrigin", "countryOfOrigin", filter.countryOfOrigin())
                .where("array_contains(needs, :need)", "need", EnumArrays.name(filter.need()))
                .where("residenceStatus = :residenceStatus", "residenceStatus", filter.residenceStatus())
                .where("projectId = :projectId", "projectId", filter.projectId())
                .where("arrivalDate >= :arrivedFrom", "arrivedFrom", filter.arrivedFrom())
                .where("arrivalDate <= :arrivedTo", "arrivedTo", filter.arrivedTo())
                .page((jpql, sort, parameters) -> Newcomer.find(jpql, sort, parameters), SORT, params, this::dto);
    }

    @Transactional
    public NewcomerDto get(UUID id) {
        return dto(find(id));
    }

    @Transactional
    public NewcomerDto create(NewcomerRequest request) {
        Newcomer newcomer = new Newcomer();
        apply(request, newcomer);
        newcomer.persistAndFlush();
        return dto(newcomer);
    }

    @Transactional
    public NewcomerDto update(UUID id, NewcomerRequest request, long expectedVersion) {
        Newcomer newcomer = find(id);
        Versions.check(newcomer, expectedVersion);
        apply(request, newcomer);
        newcomer.persistAndFlush();
        return dto(newcomer);
    }

    @Transactional
    public NewcomerRequest writableState(UUID id) {
        return NewcomerRequest.from(find(id));
    }

    @Transactional
    public void delete(UUID id) {
        Newcomer newcomer = find(id);
        // The id, not the name: problem details never carry personal data.
        Records.delete(newcomer, "Newcomer " + newcomer.id);
    }

    /** The newcomer if the caller may see it; otherwise 404, as if it did not exist. */
    Newcomer find(UUID id) {
        Newcomer newcomer = Records.require(Newcomer.class, id, "newcomer");
        if (!caller.scope().sees(newcomer.id, newcomer.projectId)) {
            throw Problems.notFound("newcomer", id);
        }
        return newcomer;
    }

    private NewcomerDto dto(Newcomer newcomer) {
        NewcomerDto dto = NewcomerDto.from(newcomer);
        return caller.seesSensitiveData() ? dto : dto.withoutSensitiveFields();
    }

    private static void requireCode(String parameter, String value, Pattern pattern, String message) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            throw Problems.invalid(parameter, "query", message);
        }
    }

    private void apply(NewcomerRequest request, Newcomer newcomer) {
        Records.requireReference("projectId", request.projectId(), Project.class);
        RecordScope scope = caller.scope();
        if (!scope.mayAssign(request.projectId())) {
            throw Problems.forbidden("You can only keep newcomers in the projects you coordinate.");
        }
        newcomer.firstName = request.firstName();
        newcomer.lastName = request.lastName();
        newcomer.countryOfOrigin = request.countryOfOrigin();
        newcomer.languages = request.languages() == null ? List.of() : request.languages().stream().distinct().toList();
        newcomer.arrivalDate = request.arrivalDate();
        newcomer.district = request.district();
        newcomer.accommodation = request.accommodation();
        newcomer.householdSize = request.householdSize() == null ? DEFAULT_HOUSEHOLD_SIZE : request.householdSize();
        newcomer.needs = EnumArrays.names(request.needs());
        newcomer.residenceStatus = request.residenceStatus() == null ? ResidenceStatus.UNKNOWN : request.residenceStatus();
        newcomer.status = request.status() == null ? NewcomerStatus.WAITING : request.status();
        // PostgreSQL keeps microseconds: cut here so the answer equals what a later GET returns.
        newcomer.consentGivenAt = request.consentGivenAt() == null ? null : request.consentGivenAt().truncatedTo(ChronoUnit.MICROS);
        newcomer.projectId = request.projectId();
        newcomer.email = request.email();
        newcomer.phone = request.phone();
        newcomer.notes = request.notes();
    }
}
