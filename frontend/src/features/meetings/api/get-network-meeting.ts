import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meetingKeys } from './keys';

/** `GET /api/v1/network-meetings/{id}` */
export function networkMeetingQueryOptions(id: string) {
  return queryOptions({
    queryKey: meetingKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/network-meetings/{id}', { params: { path: { id } }, signal })),
  });
}

export function useNetworkMeeting(id: string) {
  return useQuery(networkMeetingQueryOptions(id));
}
