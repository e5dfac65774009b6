import type { Schemas } from '../../api/client';
import { enumValues } from '../../api/enums';

export type NetworkMeeting = Schemas['NetworkMeeting'];
export type NetworkMeetingRequest = Schemas['NetworkMeetingRequest'];
export type MeetingFormat = Schemas['MeetingFormat'];
export type ActionField = Schemas['ActionField'];
export type MeetingParticipant = Schemas['MeetingParticipant'];
export type MeetingParticipantRequest = Schemas['MeetingParticipantRequest'];
export type MeetingAction = Schemas['MeetingAction'];
export type MeetingActionRequest = Schemas['MeetingActionRequest'];
export type MeetingActionStatus = Schemas['MeetingActionStatus'];

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
export const actionFields = enumValues<ActionField>()([
  'LANGUAGE_EDUCATION',
  'CULTURE_CLUBS',
  'CIVIC_ENGAGEMENT',
  'INTERCULTURAL_OPENING',
]);
export const meetingActionStatuses = enumValues<MeetingActionStatus>()(['OPEN', 'DONE']);

/** Sortable fields of `GET /network-meetings` (see the contract); latest first by default. */
export const meetingSortFields = ['startsAt', 'title', 'format'] as const;
export type MeetingSortField = (typeof meetingSortFields)[number];
export const defaultMeetingSort = '-startsAt';
