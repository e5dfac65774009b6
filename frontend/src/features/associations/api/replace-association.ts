import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AssociationRequest } from '../model';
import { associationKeys } from './keys';

/** `PUT /api/v1/associations/{id}`; the body's `version` is the one the change is based on (stale: 409). */
export function replaceAssociation({ id, body }: { id: string; body: AssociationRequest }) {
  return unwrap(api.PUT('/api/v1/associations/{id}', { params: { path: { id } }, body }));
}

export function useReplaceAssociation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceAssociation,
    onSuccess: (association) => {
      queryClient.setQueryData(associationKeys.detail(association.id), association);
      return queryClient.invalidateQueries({ queryKey: associationKeys.lists() });
    },
  });
}
