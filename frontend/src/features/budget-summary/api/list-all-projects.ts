import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Project } from '../model';
import { budgetSummaryKeys } from './keys';

const pageSize = 100;

/** Every project by code, for the choice of projects (page by page: the API gives at most 100 at once). */
export function allProjectsQueryOptions() {
  return queryOptions({
    queryKey: budgetSummaryKeys.projects(),
    queryFn: async ({ signal }) => {
      const projects: Project[] = [];
      for (let page = 0; ; page++) {
        const result = await unwrap(
          api.GET('/api/v1/projects', { params: { query: { sort: 'code', size: pageSize, page } }, signal }),
        );
        projects.push(...result.items);
        if (result.items.length < pageSize || projects.length >= result.total) return projects;
      }
    },
  });
}

export function useAllProjects() {
  return useQuery(allProjectsQueryOptions());
}
