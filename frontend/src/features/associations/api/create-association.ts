import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AssociationRequest } from '../model';
import { associationKeys } from './keys';

/** `POST /api/v1/associations`; a name that is already taken is a 409 with a violation at `name`. */
export function createAssociation(body: AssociationRequest) {
  return unwrap(api.POST('/api/v1/associations', { body }));
}

export function useCreateAssociation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAssociation,
    onSuccess: (association) => {
      queryClient.setQueryData(associationKeys.detail(association.id), association);
      return queryClient.invalidateQueries({ queryKey: associationKeys.lists() });
    },
  });
}
