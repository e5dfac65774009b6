import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { operations } from '../../../api/schema';
import { newcomerKeys } from './keys';

/** `GET /api/v1/newcomers` */
export type ListNewcomersParams = NonNullable<operations['listNewcomers']['parameters']['query']>;

export function listNewcomersQueryOptions(params: ListNewcomersParams) {
  return queryOptions({
    queryKey: newcomerKeys.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/newcomers', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useNewcomers(params: ListNewcomersParams) {
  return useQuery(listNewcomersQueryOptions(params));
}
