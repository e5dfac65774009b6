package de.lotse.budget;

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
import java.util.UUID;

@ApplicationScoped
public class BudgetLineService {

    static final SortFields SORT = SortFields.defaultingTo("fiscalYear,kind,category")
            .field("fiscalYear").field("kind").field("category").field("plannedAmount").field("actualAmount")
            .field("description").field("createdAt");

    /** Filters of the budget-line list; null means "any". */
    public record Filter(UUID projectId, Integer fiscalYear, BudgetKind kind, BudgetCategory category) {
    }

    @Transactional
    public Page<BudgetLineDto> list(Filter filter, PageParams params) {
        return new ListQuery()
                .search(params.q)
                .where("projectId = :projectId", "projectId", filter.projectId())
                .where("fiscalYear = :fiscalYear", "fiscalYear", filter.fiscalYear())
                .where("kind = :kind", "kind", filter.kind())
                .where("category = :category", "category", filter.category())
                .page((jpql, sort, parameters) -> BudgetLine.find(jpql, sort, parameters), SORT, params, BudgetLineDto::from);
    }

    @Transactional
    public BudgetLineDto get(UUID id) {
        return BudgetLineDto.from(find(id));
    }

    @Transactional
    public BudgetLineDto create(BudgetLineRequest request) {
        BudgetLine line = new BudgetLine();
        apply(request, line);
        line.persistAndFlush();
        return BudgetLineDto.from(line);
    }

    @Transactional
    public BudgetLineDto update(UUID id, BudgetLineRequest request, long expectedVersion) {
        BudgetLine line = find(id);
        Versions.check(line, expectedVersion);
        apply(request, line);
        line.persistAndFlush();
        return BudgetLineDto.from(line);
    }

    @Transactional
    public BudgetLineRequest writableState(UUID id) {
        return BudgetLineRequest.from(find(id));
    }

    @Transactional
    public void delete(UUID id) {
        BudgetLine line = find(id);
        Records.delete(line, "Budget line " + line.id);
    }

    static BudgetLine find(UUID id) {
        return Records.require(BudgetLine.class, id, "budget line");
    }

    private static void apply(BudgetLineRequest request, BudgetLine line) {
        if (!request.category().fits(request.kind())) {
            throw Problems.invalidBody("category", "does not fit kind " + request.kind() + "; allowed: "
                    + BudgetCategory.allowedFor(request.kind()));
        }
        Records.requireReference("projectId", request.projectId(), Project.class);
        line.projectId = request.projectId();
        line.fiscalYear = request.fiscalYear();
        line.kind = request.kind();
        line.category = request.category();
        line.description = request.description();
        line.plannedAmount = request.plannedAmount();
        line.actualAmount = request.actualAmount();
        line.costCentre = request.costCentre();
        line.budgetItem = request.budgetItem();
        line.funder = request.funder();
    }
}
