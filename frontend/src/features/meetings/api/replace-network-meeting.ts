import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { NetworkMeetingRequest } from '../model';
import { meetingKeys } from './keys';

/** `PUT /api/v1/network-meetings/{id}`; the body's `version` is the one the change is based on (stale: 409). */
export function replaceNetworkMeeting({ id, body }: { id: string; body: NetworkMeetingRequest }) {
  return unwrap(api.PUT('/api/v1/network-meetings/{id}', { params: { path: { id } }, body }));
}

export function useReplaceNetworkMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceNetworkMeeting,
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      return queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
    },
  });
}
