package de.lotse.project;

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
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class ProjectService {

    static final SortFields SORT = SortFields.defaultingTo("code")
            .field("code").field("name").field("status").field("startDate").field("endDate")
            .field("createdAt").field("updatedAt");

    /** Filters of the project list; null means "any". */
    public record Filter(ProjectStatus status, ActionField actionField, LocalDate activeOn, String funder) {
    }

    @Transactional
    public Page<ProjectDto> list(Filter filter, PageParams params) {
        return new ListQuery()
                .search(params.q)
                .where("status = :status", "status", filter.status())
                .where("array_contains(actionFields, :actionField)", "actionField", EnumArrays.name(filter.actionField()))
                .where("(startDate is null or startDate <= :activeOn) and (endDate is null or endDate >= :activeOn)",
                        "activeOn", filter.activeOn())
                .where("lower(funder) = lower(:funder)", "funder", filter.funder())
                .page((jpql, sort, parameters) -> Project.find(jpql, sort, parameters), SORT, params, ProjectDto::from);
    }

    @Transactional
    public ProjectDto get(UUID id) {
        return ProjectDto.from(find(id));
    }

    @Transactional
    public ProjectDto create(ProjectRequest request) {
        Project project = new Project();
        apply(request, project);
        project.persistAndFlush();
        return ProjectDto.from(project);
    }

    @Transactional
    public ProjectDto update(UUID id, ProjectRequest request, long expectedVersion) {
        Project project = find(id);
        Versions.check(project, expectedVersion);
        apply(request, project);
        project.persistAndFlush();
        return ProjectDto.from(project);
    }

    @Transactional
    public ProjectRequest writableState(UUID id) {
        return ProjectRequest.from(find(id));
    }

    @Transactional
    public void delete(UUID id) {
        Project project = find(id);
        Records.delete(project, "Project " + project.code);
    }

    static Project find(UUID id) {
        return Records.require(Project.class, id, "project");
    }

    private static void apply(ProjectRequest request, Project project) {
        if (request.startDate() != null && request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw Problems.invalidBody("endDate", "must not be before startDate");
        }
        if (Project.count("code = ?1 and id <> ?2", request.code(), project.id == null ? new UUID(0, 0) : project.id) > 0) {
            throw Problems.duplicate("code", "A project with code " + request.code() + " already exists");
        }
        project.code = request.code();
        project.name = request.name();
        project.description = request.description();
        project.status = request.status();
        project.startDate = request.startDate();
        project.endDate = request.endDate();
        project.fundingProgramme = request.fundingProgramme();
        project.funder = request.funder();
        project.actionFields = EnumArrays.names(request.actionFields());
        project.staffSharePercent = request.staffSharePercent();
        project.lead = request.lead();
        project.coordinator = request.coordinator();
    }
}
