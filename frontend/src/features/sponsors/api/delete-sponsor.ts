import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { sponsorKeys } from './keys';

/** `DELETE /api/v1/sponsors/{id}`; a 409 names what still refers to the sponsor (e.g. mentorships). */
export function deleteSponsor(id: string) {
  return unwrap(api.DELETE('/api/v1/sponsors/{id}', { params: { path: { id } } }));
}

export function useDeleteSponsor(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteSponsor(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sponsorKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: sponsorKeys.lists() });
    },
  });
}
