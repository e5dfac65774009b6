import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { overviewKeys } from './keys';

/** `GET /api/v1/projects?status=RUNNING&size=100`: the ids of the running projects (at most 100, the API's page limit). */
export function runningProjectIdsQueryOptions() {
  return queryOptions({
    queryKey: overviewKeys.runningProjectIds(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/projects', { params: { query: { status: 'RUNNING', size: 100, sort: 'code' } }, signal })).then(
        (page) => page.items.map((project) => project.id),
      ),
  });
}
