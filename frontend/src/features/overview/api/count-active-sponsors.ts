import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { overviewKeys } from './keys';

/** `GET /api/v1/sponsors?status=ACTIVE&size=1`: the list's `total` is the count. */
export function activeSponsorsCountQueryOptions() {
  return queryOptions({
    queryKey: overviewKeys.count('sponsors', { status: 'ACTIVE' }),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/sponsors', { params: { query: { status: 'ACTIVE', size: 1 } }, signal })).then(
        (page) => page.total,
      ),
  });
}
