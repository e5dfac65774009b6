import type { ListNewcomersParams } from './list-newcomers';

/** Query keys of the newcomers feature; invalidating `all` refreshes every list and detail. */
export const newcomerKeys = {
  all: ['newcomers'] as const,
  lists: () => [...newcomerKeys.all, 'list'] as const,
  list: (params: ListNewcomersParams) => [...newcomerKeys.lists(), params] as const,
  details: () => [...newcomerKeys.all, 'detail'] as const,
  detail: (id: string) => [...newcomerKeys.details(), id] as const,
};
