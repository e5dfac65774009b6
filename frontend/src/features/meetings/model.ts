import type { Schemas } from '../../api/client';
import { enumValues } from '../../api/enums';

export type NetworkMeeting = Schemas['NetworkMeeting'];
export type MeetingFormat = Schemas['MeetingFormat'];

export const meetingFormats = enumValues<MeetingFormat>()([
  'NETWORK_MEETING',
  'ONLINE',
  'FIRESIDE_TALK',
  'ROUND_TABLE',
  'WORKSHOP',
  'TRAINING',
  'JOUR_FIXE',
  'OTHER',
]);

/** Sortable fields of `GET /network-meetings` (see the contract); latest first by default. */
export const meetingSortFields = ['startsAt', 'title', 'format'] as const;
export type MeetingSortField = (typeof meetingSortFields)[number];
export const defaultMeetingSort = '-startsAt';
