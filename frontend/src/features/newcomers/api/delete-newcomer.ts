import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { newcomerKeys } from './keys';

/** `DELETE /api/v1/newcomers/{id}`; a 409 names what still refers to the newcomer (e.g. a mentorship). */
export function deleteNewcomer(id: string) {
  return unwrap(api.DELETE('/api/v1/newcomers/{id}', { params: { path: { id } } }));
}

export function useDeleteNewcomer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteNewcomer(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: newcomerKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: newcomerKeys.lists() });
    },
  });
}
