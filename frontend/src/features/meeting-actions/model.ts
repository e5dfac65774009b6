import type { Schemas } from '../../api/client';
import { enumValues } from '../../api/enums';

/** An agreed action with the title and start of its meeting (`GET /meeting-actions`). */
export type MeetingActionItem = Schemas['MeetingActionWithMeeting'];
export type MeetingActionStatus = Schemas['MeetingActionStatus'];

export const meetingActionStatuses = enumValues<MeetingActionStatus>()(['OPEN', 'DONE']);

/** Sortable fields of `GET /meeting-actions` (see the contract); by due date by default. */
export const meetingActionSortFields = ['dueDate', 'status', 'owner', 'meetingStartsAt', 'createdAt'] as const;
export type MeetingActionSortField = (typeof meetingActionSortFields)[number];
export const defaultMeetingActionSort = 'dueDate';

/** Open and due before today (the office's day, as the API's `overdue` filter counts it). */
export function isOverdue(action: Pick<MeetingActionItem, 'status' | 'dueDate'>, today: string): boolean {
  return action.status === 'OPEN' && action.dueDate !== undefined && action.dueDate < today;
}
