import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';
import type { operations } from '../api/schema';

export type OperationId = keyof operations;
/** `GET /api/v1/me` (getMe): who is signed in and every operation the access matrix lets them call (`OWN`: only their own records). */
export type Me = Schemas['Me'];

export const meKey = ['me'] as const;

/** Asked once per sign-in: roles and permissions do not change while the app is open. */
export function meQueryOptions() {
  return queryOptions({
    queryKey: meKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me', { signal })),
    staleTime: Infinity,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}

/** Whether the access matrix lets `me` call an operation (also when only on their own records). */
export const allows = (me: Me | undefined, operation: OperationId): boolean =>
  me?.operations[operation] === 'ALLOW' || me?.operations[operation] === 'OWN';

/**
 * Whether the signed-in user may call an operation. The UI shows navigation, pages and buttons by
 * it; the API still decides every request.
 */
export function useCan(): (operation: OperationId) => boolean {
  const { data } = useMe();
  return (operation) => allows(data, operation);
}

/** A sponsor sees a reduced app: their own profile, nothing else of the office. */
export const isSponsorOnly = (me: Me): boolean => me.roles.length > 0 && me.roles.every((role) => role === 'SPONSOR');
