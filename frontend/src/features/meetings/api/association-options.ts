import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meetingKeys } from './keys';

export interface AssociationOption {
  id: string;
  name: string;
}

/**
 * The associations as choices for a meeting's host and participants, and to name them: the first
 * 100 by name (an office's network has about 45). One not among them is loaded on its own.
 */
export function associationOptionsQueryOptions() {
  return queryOptions({
    queryKey: meetingKeys.associationOptions(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/associations', { params: { query: { sort: 'name', size: 100 } }, signal })).then((page) =>
        page.items.map((association): AssociationOption => ({ id: association.id, name: association.name })),
      ),
    staleTime: 5 * 60_000,
  });
}

export function useAssociationOptions() {
  return useQuery(associationOptionsQueryOptions());
}

/**
 * An association's name, from the options; `GET /api/v1/associations/{id}` only for one missing
 * there. `undefined` while loading, `null` when it cannot be named.
 */
export function useAssociationName(id: string): string | null | undefined {
  const options = useAssociationOptions();
  const known = options.data?.find((option) => option.id === id);
  const single = useQuery({
    queryKey: meetingKeys.association(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/associations/{id}', { params: { path: { id } }, signal })),
    enabled: options.isSuccess && !known,
    staleTime: 5 * 60_000,
  });
  if (known) return known.name;
  if (single.data) return single.data.name;
  return options.isPending || single.isLoading ? undefined : null;
}
