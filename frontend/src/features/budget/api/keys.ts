import type { ListBudgetLinesParams } from './list-budget-lines';

/** Query keys of the budget lines feature; invalidating `all` refreshes every list and detail. */
export const budgetLineKeys = {
  all: ['budget-lines'] as const,
  lists: () => [...budgetLineKeys.all, 'list'] as const,
  list: (params: ListBudgetLinesParams) => [...budgetLineKeys.lists(), params] as const,
  details: () => [...budgetLineKeys.all, 'detail'] as const,
  detail: (id: string) => [...budgetLineKeys.details(), id] as const,
};
