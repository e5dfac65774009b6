import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { SponsorRequest } from '../model';
import { sponsorKeys } from './keys';

/** `POST /api/v1/sponsors` */
export function createSponsor(body: SponsorRequest) {
  return unwrap(api.POST('/api/v1/sponsors', { body }));
}

export function useCreateSponsor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSponsor,
    onSuccess: (sponsor) => {
      queryClient.setQueryData(sponsorKeys.detail(sponsor.id), sponsor);
      return queryClient.invalidateQueries({ queryKey: sponsorKeys.lists() });
    },
  });
}
