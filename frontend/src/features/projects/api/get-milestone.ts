import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { projectKeys } from './keys';

/** `GET /api/v1/projects/{projectId}/milestones/{id}` (what is stored now, e.g. after a conflict). */
export function milestoneQueryOptions(projectId: string, id: string) {
  return queryOptions({
    queryKey: [...projectKeys.milestones(projectId), id] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/projects/{projectId}/milestones/{id}', { params: { path: { projectId, id } }, signal })),
  });
}
