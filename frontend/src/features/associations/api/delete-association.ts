import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { associationKeys } from './keys';

/** `DELETE /api/v1/associations/{id}`; a 409 names what still refers to the association (meetings). */
export function deleteAssociation(id: string) {
  return unwrap(api.DELETE('/api/v1/associations/{id}', { params: { path: { id } } }));
}

export function useDeleteAssociation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteAssociation(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: associationKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: associationKeys.lists() });
    },
  });
}
