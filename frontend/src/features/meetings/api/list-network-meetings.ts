import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { operations } from '../../../api/schema';
import { meetingKeys } from './keys';

/** `GET /api/v1/network-meetings` */
export type ListNetworkMeetingsParams = NonNullable<operations['listNetworkMeetings']['parameters']['query']>;

export function listNetworkMeetingsQueryOptions(params: ListNetworkMeetingsParams) {
  return queryOptions({
    queryKey: meetingKeys.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/network-meetings', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useNetworkMeetings(params: ListNetworkMeetingsParams) {
  return useQuery(listNetworkMeetingsQueryOptions(params));
}
