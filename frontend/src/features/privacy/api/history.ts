import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Person } from '../model';
import { privacyKeys } from './keys';

/** `GET /api/v1/{newcomers|sponsors}/{id}/history`: the stored revisions, newest first. `page` is zero-based. */
export function useHistory(person: Person, page: number, size: number, enabled = true) {
  return useQuery({
    queryKey: privacyKeys.history(person, page, size),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET(`/api/v1/${person.subject}/{id}/history`, {
          params: { path: { id: person.id }, query: { page, size } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
