import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { operations } from '../../../api/schema';

/** `GET /api/v1/associations` */
export type ListAssociationsParams = NonNullable<operations['listAssociations']['parameters']['query']>;

export const associationKeys = {
  all: ['associations'] as const,
  list: (params: ListAssociationsParams) => [...associationKeys.all, 'list', params] as const,
};

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
