import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { overviewKeys } from './keys';

/** `GET /api/v1/budget-lines/summary?projectId=…`: the budget of some projects, all fiscal years. */
export function budgetSummaryQueryOptions(projectIds: readonly string[]) {
  return queryOptions({
    queryKey: overviewKeys.budget(projectIds),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/budget-lines/summary', { params: { query: { projectId: [...projectIds] } }, signal })),
  });
}
