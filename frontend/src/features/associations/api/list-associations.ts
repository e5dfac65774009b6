import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { operations } from '../../../api/schema';
import { associationKeys } from './keys';

/** `GET /api/v1/associations` */
export type ListAssociationsParams = NonNullable<operations['listAssociations']['parameters']['query']>;

export function listAssociationsQueryOptions(params: ListAssociationsParams) {
  return queryOptions({
    queryKey: associationKeys.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/associations', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useAssociations(params: ListAssociationsParams) {
  return useQuery(listAssociationsQueryOptions(params));
}
