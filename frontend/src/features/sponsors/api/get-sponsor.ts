import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { sponsorKeys } from './keys';

/** `GET /api/v1/sponsors/{id}` */
export function sponsorQueryOptions(id: string) {
  return queryOptions({
    queryKey: sponsorKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sponsors/{id}', { params: { path: { id } }, signal })),
  });
}

export function useSponsor(id: string) {
  return useQuery(sponsorQueryOptions(id));
}
