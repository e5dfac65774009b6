import type { TFunction } from 'i18next';
import { z } from 'zod';
import { type FormModel, isoDate, optionalInteger, optionalText } from '../../../components/record/form-model';
import { actionFields, type ActionField, type Project, type ProjectRequest, projectStatuses, type ProjectStatus } from '../model';

/** What the form holds: text as typed, so nothing is lost or reformatted while someone edits. */
export interface ProjectFormValues {
  code: string;
  name: string;
  description: string;
  status: ProjectStatus;
  startDate: string;
  endDate: string;
  fundingProgramme: string;
  funder: string;
  actionFields: ActionField[];
  staffSharePercent: string;
  lead: string;
  coordinator: string;
}

export type ProjectFormField = keyof ProjectFormValues;

export const projectFormFields = [
  'code',
  'name',
  'description',
  'status',
  'startDate',
  'endDate',
  'fundingProgramme',
  'funder',
  'actionFields',
  'staffSharePercent',
  'lead',
  'coordinator',
] as const satisfies readonly ProjectFormField[];

export const projectFormModel: FormModel<Project, ProjectFormValues> = {
  fields: projectFormFields,
  toFormValues: (project) => toFormValues(project),
};

export const emptyProjectForm: ProjectFormValues = {
  code: '',
  name: '',
  description: '',
  status: 'PLANNING',
  startDate: '',
  endDate: '',
  fundingProgramme: '',
  funder: '',
  actionFields: [],
  staffSharePercent: '',
  lead: '',
  coordinator: '',
};

export function toFormValues(project: Project): ProjectFormValues {
  return {
    code: project.code,
    name: project.name,
    description: project.description ?? '',
    status: project.status,
    startDate: project.startDate ?? '',
    endDate: project.endDate ?? '',
    fundingProgramme: project.fundingProgramme ?? '',
    funder: project.funder ?? '',
    actionFields: [...project.actionFields],
    staffSharePercent: project.staffSharePercent === undefined ? '' : String(project.staffSharePercent),
    lead: project.lead ?? '',
    coordinator: project.coordinator ?? '',
  };
}

/** The request body: empty optional fields are left out (PUT then clears them). */
export function toRequest(values: ProjectFormValues, version?: number): ProjectRequest {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    description: optionalText(values.description),
    status: values.status,
    startDate: optionalText(values.startDate),
    endDate: optionalText(values.endDate),
    fundingProgramme: optionalText(values.fundingProgramme),
    funder: optionalText(values.funder),
    actionFields: values.actionFields,
    staffSharePercent: optionalInteger(values.staffSharePercent),
    lead: optionalText(values.lead),
    coordinator: optionalText(values.coordinator),
    version,
  };
}

/**
 * The constraints of the contract's ProjectRequest, checked before sending: the server checks
 * them again and its violations are shown at the same fields.
 */
export function projectFormSchema(t: TFunction) {
  const required = t('errors.required');
  const maxLength = (max: number) => t('errors.maxLength', { max });
  const optionalText = (max: number) => z.string().max(max, maxLength(max));

  return z
    .object({
      code: z
        .string()
        .trim()
        .min(1, required)
        .max(20, maxLength(20))
        .regex(/^[A-Z0-9][A-Z0-9_-]*$/, t('projects.form.invalidCode')),
      name: z.string().min(1, required).max(200, maxLength(200)).regex(/\S/, t('errors.notBlank')),
      description: optionalText(10000),
      status: z.enum(projectStatuses, { error: required }),
      startDate: z.string().regex(isoDate).or(z.literal('')),
      endDate: z.string().regex(isoDate).or(z.literal('')),
      fundingProgramme: optionalText(200),
      funder: optionalText(200),
      actionFields: z.array(z.enum(actionFields)),
      staffSharePercent: z
        .string()
        .trim()
        .refine((value) => value === '' || (/^\d{1,3}$/.test(value) && Number(value) <= 100), t('projects.form.invalidPercent')),
      lead: optionalText(200),
      coordinator: optionalText(200),
    })
    .refine((values) => !values.startDate || !values.endDate || values.endDate >= values.startDate, {
      path: ['endDate'],
      message: t('projects.form.endBeforeStart'),
    });
}
