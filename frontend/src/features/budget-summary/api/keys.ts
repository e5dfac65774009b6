/**
 * Query keys of the budget page. The summary sits below `budget-lines`, so invalidating the budget
 * lines (after a change to one) refreshes it; the project choice below `projects`.
 */
export const budgetSummaryKeys = {
  summary: (projectIds: readonly string[], fiscalYear: number | undefined) =>
    ['budget-lines', 'summary', [...projectIds].sort(), fiscalYear ?? 'all'] as const,
  projects: () => ['projects', 'all-for-budget'] as const,
};
