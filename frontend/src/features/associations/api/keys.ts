import type { ListAssociationsParams } from './list-associations';

/** Query keys of the associations feature; invalidating `all` refreshes every list and detail. */
export const associationKeys = {
  all: ['associations'] as const,
  lists: () => [...associationKeys.all, 'list'] as const,
  list: (params: ListAssociationsParams) => [...associationKeys.lists(), params] as const,
  details: () => [...associationKeys.all, 'detail'] as const,
  detail: (id: string) => [...associationKeys.details(), id] as const,
};
