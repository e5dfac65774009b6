import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { SponsorRequest } from '../model';
import { sponsorKeys } from './keys';

/** `PUT /api/v1/sponsors/{id}`; the body's `version` is the one the change is based on (stale: 409). */
export function replaceSponsor({ id, body }: { id: string; body: SponsorRequest }) {
  return unwrap(api.PUT('/api/v1/sponsors/{id}', { params: { path: { id } }, body }));
}

export function useReplaceSponsor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceSponsor,
    onSuccess: (sponsor) => {
      queryClient.setQueryData(sponsorKeys.detail(sponsor.id), sponsor);
      return queryClient.invalidateQueries({ queryKey: sponsorKeys.lists() });
    },
  });
}
