import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../api/client';
import { newcomerKeys } from '../../newcomers/api/keys';
import { sponsorKeys } from '../../sponsors/api/keys';
import type { Person } from '../model';
import { privacyKeys } from './keys';

/** `POST /api/v1/{newcomers|sponsors}/{id}/erasure` (Art. 17): anonymises the person; a legal hold answers 409. */
export function useErase(person: Person) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST(`/api/v1/${person.subject}/{id}/erasure`, { params: { path: { id: person.id } } })),
    // The record, the lists and the person's consents and history all read differently now.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: person.subject === 'newcomers' ? newcomerKeys.all : sponsorKeys.all }),
        queryClient.invalidateQueries({ queryKey: privacyKeys.person(person) }),
      ]),
  });
}

/** The reason of a 409 legal-hold answer (`legalHoldReason`, else the problem's detail); undefined for other errors. */
export function legalHoldReason(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 409 || error.kind !== 'legal-hold') return undefined;
  const reason = (error.problem as { legalHoldReason?: unknown }).legalHoldReason;
  return typeof reason === 'string' && reason.trim() !== '' ? reason : (error.problem.detail ?? error.problem.title);
}
