import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { operations } from '../../../api/schema';
import { sponsorKeys } from './keys';

/** `GET /api/v1/sponsors` */
export type ListSponsorsParams = NonNullable<operations['listSponsors']['parameters']['query']>;

export function listSponsorsQueryOptions(params: ListSponsorsParams) {
  return queryOptions({
    queryKey: sponsorKeys.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sponsors', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useSponsors(params: ListSponsorsParams) {
  return useQuery(listSponsorsQueryOptions(params));
}
