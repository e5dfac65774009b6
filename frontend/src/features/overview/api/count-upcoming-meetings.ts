import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { overviewKeys } from './keys';

/** `GET /api/v1/network-meetings?from=<today>&size=1`: meetings from today on (office time zone). */
export function upcomingMeetingsCountQueryOptions(today: string) {
  return queryOptions({
    queryKey: overviewKeys.count('network-meetings', { from: today }),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/network-meetings', { params: { query: { from: today, size: 1 } }, signal })).then(
        (page) => page.total,
      ),
  });
}
