import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meetingKeys } from './keys';

/** `GET /api/v1/network-meetings/{meetingId}/participants`: the first 100, in the order they were added. */
export function participantsQueryOptions(meetingId: string) {
  return queryOptions({
    queryKey: meetingKeys.participants(meetingId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/network-meetings/{meetingId}/participants', {
          params: { path: { meetingId }, query: { sort: 'createdAt', size: 100 } },
          signal,
        }),
      ),
  });
}

export function useParticipants(meetingId: string) {
  return useQuery(participantsQueryOptions(meetingId));
}
