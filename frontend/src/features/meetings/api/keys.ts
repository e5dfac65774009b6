import type { ListNetworkMeetingsParams } from './list-network-meetings';

/** Query keys of the meetings feature; invalidating `all` refreshes every list, detail and sub-list. */
export const meetingKeys = {
  all: ['network-meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  list: (params: ListNetworkMeetingsParams) => [...meetingKeys.lists(), params] as const,
  details: () => [...meetingKeys.all, 'detail'] as const,
  detail: (id: string) => [...meetingKeys.details(), id] as const,
  participants: (meetingId: string) => [...meetingKeys.detail(meetingId), 'participants'] as const,
  participant: (meetingId: string, id: string) => [...meetingKeys.participants(meetingId), id] as const,
  actions: (meetingId: string) => [...meetingKeys.detail(meetingId), 'actions'] as const,
  action: (meetingId: string, id: string) => [...meetingKeys.actions(meetingId), id] as const,
  associationOptions: () => ['associations', 'options'] as const,
  association: (id: string) => ['associations', 'detail', id] as const,
};
