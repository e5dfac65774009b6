import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { overviewKeys } from './keys';

/** `GET /api/v1/projects?status=RUNNING&size=1`: the list's `total` is the count. */
export function runningProjectsCountQueryOptions() {
  return queryOptions({
    queryKey: overviewKeys.count('projects', { status: 'RUNNING' }),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/projects', { params: { query: { status: 'RUNNING', size: 1 } }, signal })).then(
        (page) => page.total,
      ),
  });
}
