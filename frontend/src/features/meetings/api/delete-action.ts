import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meetingKeys } from './keys';

/** `DELETE /api/v1/network-meetings/{meetingId}/actions/{id}` */
export function deleteMeetingAction(meetingId: string, id: string) {
  return unwrap(api.DELETE('/api/v1/network-meetings/{meetingId}/actions/{id}', { params: { path: { meetingId, id } } }));
}

export function useDeleteMeetingAction(meetingId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteMeetingAction(meetingId, id),
    // Not awaited: the caller's own success handling runs before the list drops the deleted entry.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingKeys.actions(meetingId) });
    },
  });
}
