import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { operations } from '../../../api/schema';
import { budgetLineKeys } from './keys';

/** `GET /api/v1/budget-lines` */
export type ListBudgetLinesParams = NonNullable<operations['listBudgetLines']['parameters']['query']>;

export function listBudgetLinesQueryOptions(params: ListBudgetLinesParams) {
  return queryOptions({
    queryKey: budgetLineKeys.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/budget-lines', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useBudgetLines(params: ListBudgetLinesParams) {
  return useQuery(listBudgetLinesQueryOptions(params));
}
