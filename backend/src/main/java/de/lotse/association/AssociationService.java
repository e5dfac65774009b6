package de.lotse.association;

import de.lotse.common.api.Versions;
import de.lotse.common.error.Problems;
import de.lotse.common.paging.ListQuery;
import de.lotse.common.paging.Page;
import de.lotse.common.paging.PageParams;
import de.lotse.common.paging.SortFields;
import de.lotse.common.persistence.EnumArrays;
import de.lotse.common.persistence.Records;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssociationService {

    static final SortFields SORT = SortFields.defaultingTo("name")
            .field("name").field("kind").field("district").field("memberCount").field("createdAt");

    /** Filters of the association list; null means "any". */
    public record Filter(AssociationKind kind, AssociationField field, String district, String language, Boolean active) {
    }

    @Transactional
    public Page<AssociationDto> list(Filter filter, PageParams params) {
        return new ListQuery()
                .search(params.q)
                .where("kind = :kind", "kind", filter.kind())
                .where("array_contains(fields, :field)", "field", EnumArrays.name(filter.field()))
                .where("lower(district) = lower(:district)", "district", filter.district() == null ? null : filter.district().trim())
                .where("array_contains(languages, :language)", "language", languageFilter(filter.language()))
                .where("active = :active", "active", filter.active())
                .page((jpql, sort, parameters) -> Association.find(jpql, sort, parameters), SORT, params, AssociationDto::from);
    }

    @Transactional
    public AssociationDto get(UUID id) {
        return AssociationDto.from(find(id));
    }

    @Transactional
    public AssociationDto create(AssociationRequest request) {
        Association association = new Association();
        apply(request, association);
        association.persistAndFlush();
        return AssociationDto.from(association);
    }

    @Transactional
    public AssociationDto update(UUID id, AssociationRequest request, long expectedVersion) {
        Association association = find(id);
        Versions.check(association, expectedVersion);
        apply(request, association);
        association.persistAndFlush();
        return AssociationDto.from(association);
    }

    @Transactional
    public AssociationRequest writableState(UUID id) {
        return AssociationRequest.from(find(id));
    }

    /** A 409 naming what still refers to the association (meetings it hosts or attends) keeps it. */
    @Transactional
    public void delete(UUID id) {
        Association association = find(id);
        Records.delete(association, "Association " + association.name);
    }

    static Association find(UUID id) {
        return Records.require(Association.class, id, "association");
    }

    private static String languageFilter(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String code = language.trim();
        if (!code.matches("[a-z]{2}")) {
            throw Problems.invalid("language", "query", "must be an ISO 639-1 language code, e.g. ro");
        }
        return code;
    }

    private static void apply(AssociationRequest request, Association association) {
        String name = request.name().trim();
        if (Association.count("name = ?1 and id <> ?2", name, association.id == null ? new UUID(0, 0) : association.id) > 0) {
            throw Problems.duplicate("name", "An association named " + name + " already exists");
        }
        association.name = name;
        association.kind = request.kind();
        association.fields = EnumArrays.names(request.fields());
        association.contactName = request.contactName();
        association.email = request.email();
        association.phone = request.phone();
        association.address = request.address();
        association.district = request.district();
        association.languages = request.languages() == null ? List.of() : request.languages().stream().distinct().toList();
        association.memberCount = request.memberCount();
        association.active = request.active() == null || request.active();
        association.website = request.website();
        association.notes = request.notes();
    }
}
