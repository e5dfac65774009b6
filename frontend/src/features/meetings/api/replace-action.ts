import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { MeetingActionRequest } from '../model';
import { meetingKeys } from './keys';

/** `PUT /api/v1/network-meetings/{meetingId}/actions/{id}`; a stale `version` is a 409. */
export function replaceMeetingAction({ meetingId, id, body }: { meetingId: string; id: string; body: MeetingActionRequest }) {
  return unwrap(api.PUT('/api/v1/network-meetings/{meetingId}/actions/{id}', { params: { path: { meetingId, id } }, body }));
}

export function useReplaceMeetingAction(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MeetingActionRequest }) => replaceMeetingAction({ meetingId, id, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.actions(meetingId) }),
  });
}
