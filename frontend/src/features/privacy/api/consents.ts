import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ConsentRequest, Person } from '../model';
import { privacyKeys } from './keys';

/** A person rarely has more than a handful of consents: one page of the most recent 100 holds them all. */
export const consentPageSize = 100;

/** `GET /api/v1/{newcomers|sponsors}/{id}/consents`: in force and withdrawn, and what each purpose allows now. */
export function useConsents(person: Person) {
  return useQuery({
    queryKey: privacyKeys.consents(person),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET(`/api/v1/${person.subject}/{id}/consents`, {
          params: { path: { id: person.id }, query: { sort: '-givenAt', size: consentPageSize } },
          signal,
        }),
      ),
  });
}

/** `POST /api/v1/{newcomers|sponsors}/{id}/consents` */
export function useGiveConsent(person: Person) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsentRequest) =>
      unwrap(api.POST(`/api/v1/${person.subject}/{id}/consents`, { params: { path: { id: person.id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: privacyKeys.person(person) }),
  });
}

/** `POST /api/v1/{newcomers|sponsors}/{id}/consents/{consentId}/withdraw`: one-way; the consent stays on record. */
export function useWithdrawConsent(person: Person) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (consentId: string) =>
      unwrap(
        api.POST(`/api/v1/${person.subject}/{id}/consents/{consentId}/withdraw`, {
          params: { path: { id: person.id, consentId } },
        }),
      ),
    // Also after a 409 (withdrawn meanwhile, e.g. in another tab): the list then shows it withdrawn.
    onSettled: () => queryClient.invalidateQueries({ queryKey: privacyKeys.person(person) }),
  });
}
