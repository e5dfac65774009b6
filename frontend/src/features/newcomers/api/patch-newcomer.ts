import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { MergePatch } from '../../../components/record/merge-patch';
import type { NewcomerRequest } from '../model';
import { newcomerKeys } from './keys';

/**
 * `PATCH /api/v1/newcomers/{id}` (JSON Merge Patch): only the fields sent change, so fields the
 * caller may not see (residence status, consent, contact) are never overwritten. The body's
 * `version` is the one the change is based on (stale: 409).
 */
export function patchNewcomer({ id, body }: { id: string; body: MergePatch<NewcomerRequest> }) {
  return unwrap(
    api.PATCH('/api/v1/newcomers/{id}', {
      params: { path: { id } },
      // The contract types the patch as the full request; a merge patch also sends null to clear a field.
      body: body as NewcomerRequest,
      headers: { 'Content-Type': 'application/merge-patch+json' },
    }),
  );
}

export function usePatchNewcomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: patchNewcomer,
    onSuccess: (newcomer) => {
      queryClient.setQueryData(newcomerKeys.detail(newcomer.id), newcomer);
      return queryClient.invalidateQueries({ queryKey: newcomerKeys.lists() });
    },
  });
}
