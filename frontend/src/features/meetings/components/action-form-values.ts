import type { TFunction } from 'i18next';
import { z } from 'zod';
import { type FormModel, isoDate, optionalText } from '../../../components/record/form-model';
import { type MeetingAction, type MeetingActionRequest, type MeetingActionStatus, meetingActionStatuses } from '../model';

export interface ActionFormValues {
  description: string;
  owner: string;
  dueDate: string;
  status: MeetingActionStatus;
  doneOn: string;
}

export type ActionFormField = keyof ActionFormValues;

export const actionFormFields = [
  'description',
  'owner',
  'dueDate',
  'status',
  'doneOn',
] as const satisfies readonly ActionFormField[];

export const emptyActionForm: ActionFormValues = { description: '', owner: '', dueDate: '', status: 'OPEN', doneOn: '' };

export function toActionFormValues(action: MeetingAction): ActionFormValues {
  return {
    description: action.description,
    owner: action.owner,
    dueDate: action.dueDate ?? '',
    status: action.status,
    doneOn: action.doneOn ?? '',
  };
}

export const actionFormModel: FormModel<MeetingAction, ActionFormValues> = {
  fields: actionFormFields,
  toFormValues: toActionFormValues,
};

/** The request body (the contract's MeetingActionRequest); empty optional fields are left out. */
export function toActionRequest(values: ActionFormValues, version?: number): MeetingActionRequest {
  return {
    description: values.description.trim(),
    owner: values.owner.trim(),
    dueDate: optionalText(values.dueDate),
    status: values.status,
    doneOn: values.status === 'DONE' ? optionalText(values.doneOn) : undefined,
    version,
  };
}

/** The stored action with another status, as a full request based on its version (PUT replaces all fields). */
export function statusChangeRequest(action: MeetingAction, status: MeetingActionStatus, doneOn?: string): MeetingActionRequest {
  return {
    description: action.description,
    owner: action.owner,
    dueDate: action.dueDate,
    status,
    doneOn: status === 'DONE' ? doneOn : undefined,
    version: action.version,
  };
}

/** Open and due before today (the contract's `overdue`). */
export function isOverdue(action: MeetingAction, today: string): boolean {
  return action.status === 'OPEN' && action.dueDate !== undefined && action.dueDate < today;
}

/** The constraints of the contract's MeetingActionRequest, checked before sending. */
export function actionFormSchema(t: TFunction) {
  const required = t('errors.required');
  const maxLength = (max: number) => t('errors.maxLength', { max });
  // doneOn goes only with status DONE: the form shows it only then, and toActionRequest leaves it out otherwise.
  return z.object({
    description: z.string().min(1, required).max(2000, maxLength(2000)).regex(/\S/, t('errors.notBlank')),
    owner: z.string().min(1, required).max(200, maxLength(200)).regex(/\S/, t('errors.notBlank')),
    dueDate: z.string().regex(isoDate).or(z.literal('')),
    status: z.enum(meetingActionStatuses, { error: required }),
    doneOn: z.string().regex(isoDate).or(z.literal('')),
  });
}
