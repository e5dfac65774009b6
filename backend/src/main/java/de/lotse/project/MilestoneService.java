package de.lotse.project;

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
public class MilestoneService {

    static final SortFields SORT = SortFields.defaultingTo("plannedDate")
            .field("plannedDate").field("achievedDate").field("title").field("status").field("createdAt");

    @Transactional
    public Page<MilestoneDto> list(UUID projectId, MilestoneStatus status, PageParams params) {
        ProjectService.find(projectId);
        return new ListQuery()
                .where("projectId = :projectId", "projectId", projectId)
                .search(params.q)
                .where("status = :status", "status", status)
                .page((jpql, sort, parameters) -> Milestone.find(jpql, sort, parameters), SORT, params, MilestoneDto::from);
    }

    @Transactional
    public MilestoneDto get(UUID projectId, UUID id) {
        return MilestoneDto.from(find(projectId, id));
    }

    @Transactional
    public MilestoneDto create(UUID projectId, MilestoneRequest request) {
        ProjectService.find(projectId);
        Milestone milestone = new Milestone();
        milestone.projectId = projectId;
        apply(request, milestone);
        milestone.persistAndFlush();
        return MilestoneDto.from(milestone);
    }

    @Transactional
    public MilestoneDto update(UUID projectId, UUID id, MilestoneRequest request, long expectedVersion) {
        Milestone milestone = find(projectId, id);
        Versions.check(milestone, expectedVersion);
        apply(request, milestone);
        milestone.persistAndFlush();
        return MilestoneDto.from(milestone);
    }

    @Transactional
    public MilestoneRequest writableState(UUID projectId, UUID id) {
        return MilestoneRequest.from(find(projectId, id));
    }

    @Transactional
    public void delete(UUID projectId, UUID id) {
        Milestone milestone = find(projectId, id);
        Records.delete(milestone, "Milestone " + milestone.title);
    }

    private static Milestone find(UUID projectId, UUID id) {
        Milestone milestone = Milestone.findById(id);
        if (milestone == null || !milestone.projectId.equals(projectId)) {
            throw Problems.notFound("milestone", id);
        }
        return milestone;
    }

    private static void apply(MilestoneRequest request, Milestone milestone) {
        if (request.status() == MilestoneStatus.ACHIEVED && request.achievedDate() == null) {
            throw Problems.invalidBody("achievedDate", "is required when the status is ACHIEVED");
        }
        milestone.title = request.title();
        milestone.description = request.description();
        milestone.plannedDate = request.plannedDate();
        milestone.achievedDate = request.achievedDate();
        milestone.status = request.status();
    }
}
