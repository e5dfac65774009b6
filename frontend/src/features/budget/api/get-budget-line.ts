import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { budgetLineKeys } from './keys';

/** `GET /api/v1/budget-lines/{id}` */
export function budgetLineQueryOptions(id: string) {
  return queryOptions({
    queryKey: budgetLineKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/budget-lines/{id}', { params: { path: { id } }, signal })),
  });
}

export function useBudgetLine(id: string) {
  return useQuery(budgetLineQueryOptions(id));
}
