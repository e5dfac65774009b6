import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { projectKeys } from './keys';

/** `GET /api/v1/projects/{projectId}/milestones`: the first 100, by planned date. */
export function milestonesQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: projectKeys.milestones(projectId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/projects/{projectId}/milestones', {
          params: { path: { projectId }, query: { sort: 'plannedDate', size: 100 } },
          signal,
        }),
      ),
  });
}

export function useMilestones(projectId: string) {
  return useQuery(milestonesQueryOptions(projectId));
}
