import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { overviewKeys } from './keys';

/** `GET /api/v1/meeting-actions?status=OPEN&size=1`: open actions agreed in any network meeting. */
export function openActionsCountQueryOptions() {
  return queryOptions({
    queryKey: overviewKeys.count('network-meetings', { actions: 'OPEN' }),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/meeting-actions', { params: { query: { status: 'OPEN', size: 1 } }, signal })).then(
        (page) => page.total,
      ),
  });
}
