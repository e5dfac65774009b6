import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { operations } from '../../../api/schema';
import { privacyKeys } from './keys';

/** `GET /api/v1/audit-events` */
export type ListAuditEventsParams = NonNullable<operations['listAuditEvents']['parameters']['query']>;

export function listAuditEventsQueryOptions(params: ListAuditEventsParams) {
  return queryOptions({
    queryKey: privacyKeys.audit(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/audit-events', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEvents(params: ListAuditEventsParams) {
  return useQuery(listAuditEventsQueryOptions(params));
}
