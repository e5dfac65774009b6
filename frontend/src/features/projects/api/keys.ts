import type { ListProjectsParams } from './list-projects';

/** Query keys of the projects feature; invalidating `all` refreshes every list and detail. */
export const projectKeys = {
  all: ['projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (params: ListProjectsParams) => [...projectKeys.lists(), params] as const,
  details: () => [...projectKeys.all, 'detail'] as const,
  detail: (id: string) => [...projectKeys.details(), id] as const,
  milestones: (projectId: string) => [...projectKeys.all, 'milestones', projectId] as const,
};
