import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { Schemas } from '../../../api/client';
import { type FormModel, isoDate, optionalText } from '../../../components/record/form-model';
import { type Milestone, milestoneStatuses, type MilestoneStatus } from '../model';

export interface MilestoneFormValues {
  title: string;
  status: MilestoneStatus;
  plannedDate: string;
  achievedDate: string;
  description: string;
}

export type MilestoneFormField = keyof MilestoneFormValues;

export const milestoneFormFields = [
  'title',
  'status',
  'plannedDate',
  'achievedDate',
  'description',
] as const satisfies readonly MilestoneFormField[];

export const emptyMilestoneForm: MilestoneFormValues = {
  title: '',
  status: 'PLANNED',
  plannedDate: '',
  achievedDate: '',
  description: '',
};

export function toMilestoneFormValues(milestone: Milestone): MilestoneFormValues {
  return {
    title: milestone.title,
    status: milestone.status,
    plannedDate: milestone.plannedDate ?? '',
    achievedDate: milestone.achievedDate ?? '',
    description: milestone.description ?? '',
  };
}

export const milestoneFormModel: FormModel<Milestone, MilestoneFormValues> = {
  fields: milestoneFormFields,
  toFormValues: toMilestoneFormValues,
};

/** The contract's MilestoneRequest; empty optional fields are left out (PUT then clears them). */
export function toMilestoneRequest(values: MilestoneFormValues, version?: number): Schemas['MilestoneRequest'] {
  return {
    title: values.title.trim(),
    status: values.status,
    plannedDate: optionalText(values.plannedDate),
    achievedDate: optionalText(values.achievedDate),
    description: optionalText(values.description),
    version,
  };
}

/** The constraints of the contract's MilestoneRequest, checked before sending. */
export function milestoneFormSchema(t: TFunction) {
  const required = t('errors.required');
  const maxLength = (max: number) => t('errors.maxLength', { max });
  return z
    .object({
      title: z.string().min(1, required).max(200, maxLength(200)).regex(/\S/, t('errors.notBlank')),
      status: z.enum(milestoneStatuses, { error: required }),
      plannedDate: z.string().regex(isoDate).or(z.literal('')),
      achievedDate: z.string().regex(isoDate).or(z.literal('')),
      description: z.string().max(10000, maxLength(10000)),
    })
    .refine((values) => values.status !== 'ACHIEVED' || values.achievedDate !== '', {
      path: ['achievedDate'],
      message: t('projects.milestones.achievedNeedsDate'),
    });
}
