import type { ListMeetingActionsParams } from './list-meeting-actions';

/**
 * Query keys of the list across meetings. They sit below the meetings feature's root key
 * (`network-meetings`), so a change to a meeting or its actions that invalidates that root
 * refreshes these lists as well.
 */
export const meetingActionKeys = {
  all: ['network-meetings', 'actions-across-meetings'] as const,
  list: (params: ListMeetingActionsParams) => [...meetingActionKeys.all, 'list', params] as const,
};
