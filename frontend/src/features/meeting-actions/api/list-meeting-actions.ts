import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { operations } from '../../../api/schema';
import { meetingActionKeys } from './keys';

/** `GET /api/v1/meeting-actions`: the agreed actions of all meetings. */
export type ListMeetingActionsParams = NonNullable<operations['listMeetingActionsAcrossMeetings']['parameters']['query']>;

export function listMeetingActionsQueryOptions(params: ListMeetingActionsParams) {
  return queryOptions({
    queryKey: meetingActionKeys.list(params),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/meeting-actions', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useMeetingActionList(params: ListMeetingActionsParams) {
  return useQuery(listMeetingActionsQueryOptions(params));
}
