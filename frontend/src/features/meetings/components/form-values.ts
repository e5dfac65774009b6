import type { TFunction } from 'i18next';
import { z } from 'zod';
import { type FormModel, optionalText } from '../../../components/record/form-model';
import {
  type ActionField,
  actionFields,
  type MeetingFormat,
  meetingFormats,
  type NetworkMeeting,
  type NetworkMeetingRequest,
} from '../model';
import { fromLocalInput, instantForRequest, toLocalInput } from '../../../lib/datetime-input';

/** What the form holds: text as typed; date and time as `datetime-local` values; topics one a line. */
export interface MeetingFormValues {
  title: string;
  format: MeetingFormat;
  startsAt: string;
  endsAt: string;
  location: string;
  hostAssociationId: string;
  projectId: string;
  actionFields: ActionField[];
  topics: string;
  minutes: string;
}

export type MeetingFormField = keyof MeetingFormValues;

export const meetingFormFields = [
  'title',
  'format',
  'startsAt',
  'endsAt',
  'location',
  'hostAssociationId',
  'projectId',
  'actionFields',
  'topics',
  'minutes',
] as const satisfies readonly MeetingFormField[];

export const emptyMeetingForm: MeetingFormValues = {
  title: '',
  format: 'NETWORK_MEETING',
  startsAt: '',
  endsAt: '',
  location: '',
  hostAssociationId: '',
  projectId: '',
  actionFields: [],
  topics: '',
  minutes: '',
};

export function toFormValues(meeting: NetworkMeeting): MeetingFormValues {
  return {
    title: meeting.title,
    format: meeting.format,
    startsAt: toLocalInput(meeting.startsAt),
    endsAt: toLocalInput(meeting.endsAt),
    location: meeting.location ?? '',
    hostAssociationId: meeting.hostAssociationId ?? '',
    projectId: meeting.projectId ?? '',
    actionFields: [...meeting.actionFields],
    topics: meeting.topics.join('\n'),
    minutes: meeting.minutes ?? '',
  };
}

export const meetingFormModel: FormModel<NetworkMeeting, MeetingFormValues> = {
  fields: meetingFormFields,
  toFormValues,
};

/** The topics typed one a line, without blank lines. */
export function topicList(topics: string): string[] {
  return topics
    .split('\n')
    .map((topic) => topic.trim())
    .filter((topic) => topic !== '');
}

/**
 * The request body: empty optional fields are left out (PUT then clears them). `base` is the stored
 * meeting an edit is based on: its version goes along, and its times are kept to the second where
 * the inputs still show them.
 */
export function toRequest(values: MeetingFormValues, base?: NetworkMeeting): NetworkMeetingRequest {
  return {
    title: values.title.trim(),
    format: values.format,
    startsAt: instantForRequest(values.startsAt, base?.startsAt) ?? values.startsAt,
    endsAt: instantForRequest(values.endsAt, base?.endsAt),
    location: optionalText(values.location),
    hostAssociationId: values.hostAssociationId || undefined,
    projectId: values.projectId || undefined,
    actionFields: values.actionFields,
    topics: topicList(values.topics),
    minutes: optionalText(values.minutes),
    version: base?.version,
  };
}

const isDateTime = (value: string) => fromLocalInput(value) !== undefined;
const maxTopics = 50;
const maxTopicLength = 200;

/**
 * The constraints of the contract's NetworkMeetingRequest, checked before sending: the server checks
 * them again and its violations are shown at the same fields.
 */
export function meetingFormSchema(t: TFunction) {
  const required = t('errors.required');
  const maxLength = (max: number) => t('errors.maxLength', { max });
  const dateTime = t('meetings.form.invalidDateTime');

  return z
    .object({
      title: z.string().min(1, required).max(200, maxLength(200)).regex(/\S/, t('errors.notBlank')),
      format: z.enum(meetingFormats, { error: required }),
      startsAt: z.string().min(1, required).refine(isDateTime, dateTime),
      endsAt: z.string().refine((value) => value === '' || isDateTime(value), dateTime),
      location: z.string().max(300, maxLength(300)),
      hostAssociationId: z.string(),
      projectId: z.string(),
      actionFields: z.array(z.enum(actionFields)),
      topics: z
        .string()
        .refine((value) => topicList(value).length <= maxTopics, t('meetings.form.tooManyTopics', { max: maxTopics }))
        .refine(
          (value) => topicList(value).every((topic) => topic.length <= maxTopicLength),
          t('meetings.form.topicTooLong', { max: maxTopicLength }),
        ),
      minutes: z.string().max(100000, maxLength(100000)),
    })
    .refine(
      (values) =>
        !isDateTime(values.startsAt) ||
        !isDateTime(values.endsAt) ||
        fromLocalInput(values.endsAt)! >= fromLocalInput(values.startsAt)!,
      { path: ['endsAt'], message: t('meetings.form.endBeforeStart') },
    );
}
