import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCan } from '../auth/me';
import { api, unwrap } from './client';

/**
 * The projects as choices for other features' filters and columns (budget lines, sponsors, …):
 * the first 100 by code, which is every project an office has.
 */
export function projectOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['projects', 'options'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/projects', { params: { query: { sort: 'code', size: 100 } }, signal })).then((page) =>
        page.items.map((project) => ({ id: project.id, code: project.code, name: project.name })),
      ),
    staleTime: 5 * 60_000,
  });
}

/** Empty for users who may not list projects (a sponsor): their pages show a project without its name. */
export function useProjectOptions() {
  const can = useCan();
  return useQuery({ ...projectOptionsQueryOptions(), enabled: can('listProjects') });
}
