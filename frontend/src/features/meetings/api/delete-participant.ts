import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meetingKeys } from './keys';

/** `DELETE /api/v1/network-meetings/{meetingId}/participants/{id}` */
export function deleteParticipant(meetingId: string, id: string) {
  return unwrap(api.DELETE('/api/v1/network-meetings/{meetingId}/participants/{id}', { params: { path: { meetingId, id } } }));
}

export function useDeleteParticipant(meetingId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteParticipant(meetingId, id),
    // Not awaited: the caller's own success handling runs before the list drops the deleted entry.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingKeys.participants(meetingId) });
    },
  });
}
