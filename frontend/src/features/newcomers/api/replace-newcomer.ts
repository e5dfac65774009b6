import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { NewcomerRequest } from '../model';
import { newcomerKeys } from './keys';

/** `PUT /api/v1/newcomers/{id}`; the body's `version` is the one the change is based on (stale: 409). */
export function replaceNewcomer({ id, body }: { id: string; body: NewcomerRequest }) {
  return unwrap(api.PUT('/api/v1/newcomers/{id}', { params: { path: { id } }, body }));
}

export function useReplaceNewcomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceNewcomer,
    onSuccess: (newcomer) => {
      queryClient.setQueryData(newcomerKeys.detail(newcomer.id), newcomer);
      return queryClient.invalidateQueries({ queryKey: newcomerKeys.lists() });
    },
  });
}
