import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { MeetingParticipantRequest } from '../model';
import { meetingKeys } from './keys';

/** `POST /api/v1/network-meetings/{meetingId}/participants`; an association already taking part is a 409. */
export function createParticipant({ meetingId, body }: { meetingId: string; body: MeetingParticipantRequest }) {
  return unwrap(api.POST('/api/v1/network-meetings/{meetingId}/participants', { params: { path: { meetingId } }, body }));
}

export function useCreateParticipant(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingParticipantRequest) => createParticipant({ meetingId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.participants(meetingId) }),
  });
}
