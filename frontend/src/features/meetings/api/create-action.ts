import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { MeetingActionRequest } from '../model';
import { meetingKeys } from './keys';

/** `POST /api/v1/network-meetings/{meetingId}/actions` */
export function createMeetingAction({ meetingId, body }: { meetingId: string; body: MeetingActionRequest }) {
  return unwrap(api.POST('/api/v1/network-meetings/{meetingId}/actions', { params: { path: { meetingId } }, body }));
}

export function useCreateMeetingAction(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingActionRequest) => createMeetingAction({ meetingId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.actions(meetingId) }),
  });
}
