import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { NewcomerRequest } from '../model';
import { newcomerKeys } from './keys';

/** `POST /api/v1/newcomers` */
export function createNewcomer(body: NewcomerRequest) {
  return unwrap(api.POST('/api/v1/newcomers', { body }));
}

export function useCreateNewcomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNewcomer,
    onSuccess: (newcomer) => {
      queryClient.setQueryData(newcomerKeys.detail(newcomer.id), newcomer);
      return queryClient.invalidateQueries({ queryKey: newcomerKeys.lists() });
    },
  });
}
