import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { associationKeys } from './keys';

/** `GET /api/v1/associations/{id}` */
export function associationQueryOptions(id: string) {
  return queryOptions({
    queryKey: associationKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/associations/{id}', { params: { path: { id } }, signal })),
  });
}

export function useAssociation(id: string) {
  return useQuery(associationQueryOptions(id));
}
