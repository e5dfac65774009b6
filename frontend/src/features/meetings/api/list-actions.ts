import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meetingKeys } from './keys';

/** `GET /api/v1/network-meetings/{meetingId}/actions`: the first 100, by due date. */
export function meetingActionsQueryOptions(meetingId: string) {
  return queryOptions({
    queryKey: meetingKeys.actions(meetingId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/network-meetings/{meetingId}/actions', {
          params: { path: { meetingId }, query: { sort: 'dueDate,createdAt', size: 100 } },
          signal,
        }),
      ),
  });
}

export function useMeetingActions(meetingId: string) {
  return useQuery(meetingActionsQueryOptions(meetingId));
}
