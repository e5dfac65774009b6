import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { budgetSummaryKeys } from './keys';

/** `GET /api/v1/budget-lines/summary`: totals of the chosen projects, optionally one fiscal year. */
export function budgetSummaryQueryOptions(projectIds: readonly string[], fiscalYear: number | undefined) {
  return queryOptions({
    queryKey: budgetSummaryKeys.summary(projectIds, fiscalYear),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/budget-lines/summary', {
          params: { query: { projectId: [...projectIds], fiscalYear } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Runs only when at least one project is chosen (the API requires one). */
export function useBudgetSummary(projectIds: readonly string[] | undefined, fiscalYear: number | undefined) {
  return useQuery({
    ...budgetSummaryQueryOptions(projectIds ?? [], fiscalYear),
    enabled: projectIds !== undefined && projectIds.length > 0,
  });
}
