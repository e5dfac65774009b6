import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Person } from '../model';

/** `PUT /api/v1/{newcomers|sponsors}/{id}/legal-hold`: sets or replaces the reason; erasure and retention then leave the person alone. */
export function useSetLegalHold(person: Person) {
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(api.PUT(`/api/v1/${person.subject}/{id}/legal-hold`, { params: { path: { id: person.id } }, body: { reason } })),
  });
}

/** `DELETE /api/v1/{newcomers|sponsors}/{id}/legal-hold`: lifting a hold that is not set changes nothing. */
export function useReleaseLegalHold(person: Person) {
  return useMutation({
    mutationFn: () => unwrap(api.DELETE(`/api/v1/${person.subject}/{id}/legal-hold`, { params: { path: { id: person.id } } })),
  });
}
