import type { TFunction } from 'i18next';
import { z } from 'zod';
import { type FormModel, optionalText } from '../../../components/record/form-model';
import type { MeetingParticipant, MeetingParticipantRequest } from '../model';

/** A participant is either an association of the network or a named person (exactly one of them). */
export type ParticipantKind = 'association' | 'person';

export interface ParticipantFormValues {
  kind: ParticipantKind;
  associationId: string;
  personName: string;
  organisation: string;
  role: string;
  invited: boolean;
  attended: boolean;
}

export type ParticipantFormField = keyof ParticipantFormValues;

export const participantFormFields = [
  'kind',
  'associationId',
  'personName',
  'organisation',
  'role',
  'invited',
  'attended',
] as const satisfies readonly ParticipantFormField[];

export const emptyParticipantForm: ParticipantFormValues = {
  kind: 'association',
  associationId: '',
  personName: '',
  organisation: '',
  role: '',
  invited: true,
  attended: false,
};

export function toParticipantFormValues(participant: MeetingParticipant): ParticipantFormValues {
  return {
    kind: participant.associationId ? 'association' : 'person',
    associationId: participant.associationId ?? '',
    personName: participant.personName ?? '',
    organisation: participant.organisation ?? '',
    role: participant.role ?? '',
    invited: participant.invited,
    attended: participant.attended,
  };
}

export const participantFormModel: FormModel<MeetingParticipant, ParticipantFormValues> = {
  fields: participantFormFields,
  toFormValues: toParticipantFormValues,
};

/** The request body: an association or a person (with organisation), never both. */
export function toParticipantRequest(values: ParticipantFormValues, version?: number): MeetingParticipantRequest {
  const common = { role: optionalText(values.role), invited: values.invited, attended: values.attended, version };
  return values.kind === 'association'
    ? { associationId: values.associationId, ...common }
    : { personName: values.personName.trim(), organisation: optionalText(values.organisation), ...common };
}

/** The constraints of the contract's MeetingParticipantRequest, for the kind chosen. */
export function participantFormSchema(t: TFunction) {
  const required = t('errors.required');
  const maxLength = t('errors.maxLength', { max: 200 });
  return z
    .object({
      kind: z.enum(['association', 'person']),
      associationId: z.string(),
      personName: z.string(),
      organisation: z.string(),
      role: z.string().max(200, maxLength),
      invited: z.boolean(),
      attended: z.boolean(),
    })
    .superRefine((values, context) => {
      if (values.kind === 'association' && values.associationId === '') {
        context.addIssue({ code: 'custom', path: ['associationId'], message: required });
      }
      if (values.kind !== 'person') return;
      if (values.personName.trim() === '') context.addIssue({ code: 'custom', path: ['personName'], message: required });
      // Only checked for a person: for an association these fields are hidden and not sent.
      for (const field of ['personName', 'organisation'] as const) {
        if (values[field].length > 200) context.addIssue({ code: 'custom', path: [field], message: maxLength });
      }
    });
}
