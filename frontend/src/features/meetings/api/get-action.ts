import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meetingKeys } from './keys';

/** `GET /api/v1/network-meetings/{meetingId}/actions/{id}` (what is stored now, e.g. after a conflict). */
export function meetingActionQueryOptions(meetingId: string, id: string) {
  return queryOptions({
    queryKey: meetingKeys.action(meetingId, id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/network-meetings/{meetingId}/actions/{id}', { params: { path: { meetingId, id } }, signal })),
  });
}
