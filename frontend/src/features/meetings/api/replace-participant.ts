import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { MeetingParticipantRequest } from '../model';
import { meetingKeys } from './keys';

/** `PUT /api/v1/network-meetings/{meetingId}/participants/{id}`; a stale `version` is a 409. */
export function replaceParticipant({ meetingId, id, body }: { meetingId: string; id: string; body: MeetingParticipantRequest }) {
  return unwrap(api.PUT('/api/v1/network-meetings/{meetingId}/participants/{id}', { params: { path: { meetingId, id } }, body }));
}

export function useReplaceParticipant(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MeetingParticipantRequest }) => replaceParticipant({ meetingId, id, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.participants(meetingId) }),
  });
}
