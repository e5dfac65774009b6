import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { NetworkMeetingRequest } from '../model';
import { meetingKeys } from './keys';

/** `POST /api/v1/network-meetings` */
export function createNetworkMeeting(body: NetworkMeetingRequest) {
  return unwrap(api.POST('/api/v1/network-meetings', { body }));
}

export function useCreateNetworkMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNetworkMeeting,
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      return queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
    },
  });
}
