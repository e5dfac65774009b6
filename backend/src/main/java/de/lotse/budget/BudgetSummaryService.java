package de.lotse.budget;

import de.lotse.budget.BudgetSummaryDto.CategoryBudgetDto;
import de.lotse.budget.BudgetSummaryDto.FiscalYearBudgetDto;
import de.lotse.budget.BudgetSummaryDto.ProjectBudgetDto;
import de.lotse.common.error.Problems;
import de.lotse.common.money.Money;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The budget summary of some projects (report 167/15: cost, grants, the city's remaining cost,
 * the funding rate). The database sums; Java only adds up the few grouped sums, in BigDecimal.
 * Four statements whatever the number of budget lines: the projects, and the sums grouped by
 * project, by fiscal year and by category.
 */
@ApplicationScoped
public class BudgetSummaryService {

    /** At most this many projects in one summary, so a request stays one bounded statement each. */
    public static final int MAX_PROJECTS = 100;

    @Transactional
    public BudgetSummaryDto summarize(List<UUID> requestedProjectIds, Integer fiscalYear) {
        List<UUID> projectIds = requestedProjectIds == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(requestedProjectIds.stream().filter(id -> id != null).toList()));
        if (projectIds.isEmpty()) {
            throw Problems.invalid("projectId", "query", "is required: name at least one project");
        }
        if (projectIds.size() > MAX_PROJECTS) {
            throw Problems.invalid("projectId", "query", "at most " + MAX_PROJECTS + " projects per summary");
        }
        if (fiscalYear != null && (fiscalYear < 2000 || fiscalYear > 2100)) {
            throw Problems.invalid("fiscalYear", "query", "must be between 2000 and 2100");
        }
        EntityManager em = Panache.getEntityManager();

        Map<UUID, Object[]> projects = new LinkedHashMap<>();
        em.createQuery("select p.id, p.code, p.name from Project p where p.id in :ids order by p.code", Object[].class)
                .setParameter("ids", projectIds)
                .getResultList()
                .forEach(row -> projects.put((UUID) row[0], row));
        List<UUID> unknown = projectIds.stream().filter(id -> !projects.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw Problems.invalid("projectId", "query", "refers to no existing project ("
                    + unknown.stream().map(UUID::toString).collect(Collectors.joining(", ")) + ")");
        }

        Map<UUID, BudgetFigures> byProject = new LinkedHashMap<>();
        projects.keySet().forEach(id -> byProject.put(id, new BudgetFigures()));
        for (Object[] row : sums(em, "b.projectId", projectIds, fiscalYear)) {
            byProject.get((UUID) row[0]).add((BudgetKind) row[1], (BigDecimal) row[2], (BigDecimal) row[3]);
        }

        Map<Integer, BudgetFigures> byYear = new TreeMap<>();
        for (Object[] row : sums(em, "b.fiscalYear", projectIds, fiscalYear)) {
            byYear.computeIfAbsent((Integer) row[0], year -> new BudgetFigures())
                    .add((BudgetKind) row[1], (BigDecimal) row[2], (BigDecimal) row[3]);
        }

        BudgetFigures total = new BudgetFigures();
        List<CategoryBudgetDto> byCategory = new ArrayList<>();
        for (Object[] row : sums(em, "b.category", projectIds, fiscalYear)) {
            BudgetCategory category = (BudgetCategory) row[0];
            BudgetKind kind = (BudgetKind) row[1];
            BigDecimal planned = orZero((BigDecimal) row[2]);
            BigDecimal actual = orZero((BigDecimal) row[3]);
            total.add(kind, planned, actual);
            byCategory.add(new CategoryBudgetDto(kind, category, planned, actual));
        }
        byCategory.sort(Comparator.comparing(CategoryBudgetDto::kind).thenComparing(CategoryBudgetDto::category));

        return BudgetSummaryDto.of(projectIds, fiscalYear, total,
                byProject.entrySet().stream().map(e -> ProjectBudgetDto.of(e.getKey(),
                        (String) projects.get(e.getKey())[1], (String) projects.get(e.getKey())[2], e.getValue())).toList(),
                byYear.entrySet().stream().map(e -> FiscalYearBudgetDto.of(e.getKey(), e.getValue())).toList(),
                byCategory);
    }

    /**
     * One statement: planned and actual sums of the selected lines grouped by {@code key} and kind.
     * Each row is {key, kind, sum(planned), sum(actual)}; the actual sum is null when no line of the
     * group has an actual amount.
     */
    private static List<Object[]> sums(EntityManager em, String key, List<UUID> projectIds, Integer fiscalYear) {
        String jpql = "select " + key + ", b.kind, sum(b.plannedAmount), sum(b.actualAmount) from BudgetLine b"
                + " where b.projectId in :ids" + (fiscalYear == null ? "" : " and b.fiscalYear = :fiscalYear")
                + " group by " + key + ", b.kind";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("ids", projectIds);
        if (fiscalYear != null) {
            query.setParameter("fiscalYear", fiscalYear);
        }
        return query.getResultList();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? Money.ZERO : amount;
    }
}
