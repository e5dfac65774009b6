import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { operations } from '../../../api/schema';
import { projectKeys } from './keys';

/** `GET /api/v1/projects` */
export type ListProjectsParams = NonNullable<operations['listProjects']['parameters']['query']>;

export function listProjectsQueryOptions(params: ListProjectsParams) {
  return queryOptions({
    queryKey: projectKeys.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/projects', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useProjects(params: ListProjectsParams) {
  return useQuery(listProjectsQueryOptions(params));
}
