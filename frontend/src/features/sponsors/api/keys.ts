import type { ListSponsorsParams } from './list-sponsors';

/** Query keys of the sponsors feature; invalidating `all` refreshes every list and detail. */
export const sponsorKeys = {
  all: ['sponsors'] as const,
  lists: () => [...sponsorKeys.all, 'list'] as const,
  list: (params: ListSponsorsParams) => [...sponsorKeys.lists(), params] as const,
  details: () => [...sponsorKeys.all, 'detail'] as const,
  detail: (id: string) => [...sponsorKeys.details(), id] as const,
};
