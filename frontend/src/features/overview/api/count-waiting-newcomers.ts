import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { overviewKeys } from './keys';

/** `GET /api/v1/newcomers?status=WAITING&size=1`: newcomers still waiting for a sponsor. */
export function waitingNewcomersCountQueryOptions() {
  return queryOptions({
    queryKey: overviewKeys.count('newcomers', { status: 'WAITING' }),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/newcomers', { params: { query: { status: 'WAITING', size: 1 } }, signal })).then(
        (page) => page.total,
      ),
  });
}
