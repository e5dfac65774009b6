import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meetingKeys } from './keys';

/** `DELETE /api/v1/network-meetings/{id}`: its participants and actions go with it; a 409 says what blocks it. */
export function deleteNetworkMeeting(id: string) {
  return unwrap(api.DELETE('/api/v1/network-meetings/{id}', { params: { path: { id } } }));
}

export function useDeleteNetworkMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteNetworkMeeting(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: meetingKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
    },
  });
}
