import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { newcomerKeys } from './keys';

/** `GET /api/v1/newcomers/{id}` */
export function newcomerQueryOptions(id: string) {
  return queryOptions({
    queryKey: newcomerKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/newcomers/{id}', { params: { path: { id } }, signal })),
  });
}

export function useNewcomer(id: string) {
  return useQuery(newcomerQueryOptions(id));
}
