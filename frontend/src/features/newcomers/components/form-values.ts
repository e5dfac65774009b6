import type { TFunction } from 'i18next';
import { z } from 'zod';
import {
  emailPattern,
  type FormModel,
  isoDate,
  localDateTime,
  optionalInteger,
  optionalText,
  phonePattern,
} from '../../../components/record/form-model';
import { instantForRequest, toLocalInput } from '../../../lib/datetime-input';
import { isKnownLanguage, joinLanguages, parseLanguageCodes, splitLanguages } from '../../../lib/languages';
import {
  type Newcomer,
  type NewcomerNeed,
  newcomerNeeds,
  type NewcomerRequest,
  newcomerStatuses,
  type NewcomerStatus,
  residenceStatuses,
  type ResidenceStatus,
} from '../model';

/**
 * What the form holds: text as typed, so nothing is lost or reformatted while someone edits.
 *
 * The contract's lists are entered so that they work on a phone:
 * - `needs` (an enumeration): checkboxes, one tap each.
 * - `languages` (ISO 639-1 codes): the common languages are checkboxes, named in the UI language so
 *   nobody has to know a code; any other language goes into `otherLanguages` as its code ("ku, ti").
 *   Stored codes outside the checkboxes appear there, so nothing is lost.
 * - `countryOfOrigin` (ISO 3166-1 alpha-2): a select of all countries by name (the phone's picker).
 */
export interface NewcomerFormValues {
  firstName: string;
  lastName: string;
  status: NewcomerStatus;
  countryOfOrigin: string;
  languages: string[];
  otherLanguages: string;
  arrivalDate: string;
  district: string;
  accommodation: string;
  householdSize: string;
  needs: NewcomerNeed[];
  /** Empty when the caller may not see it (the API leaves it out); then it is not sent either. */
  residenceStatus: ResidenceStatus | '';
  phone: string;
  email: string;
  consentGivenAt: string;
  projectId: string;
  notes: string;
}

export type NewcomerFormField = keyof NewcomerFormValues;

export const newcomerFormFields = [
  'firstName',
  'lastName',
  'status',
  'countryOfOrigin',
  'languages',
  'otherLanguages',
  'arrivalDate',
  'district',
  'accommodation',
  'householdSize',
  'needs',
  'residenceStatus',
  'phone',
  'email',
  'consentGivenAt',
  'projectId',
  'notes',
] as const satisfies readonly NewcomerFormField[];

export const newcomerFormModel: FormModel<Newcomer, NewcomerFormValues> = {
  fields: newcomerFormFields,
  toFormValues: (newcomer) => toFormValues(newcomer),
};

/** A new newcomer with the contract's defaults: waiting, one person, residence status unknown. */
export const emptyNewcomerForm: NewcomerFormValues = {
  firstName: '',
  lastName: '',
  status: 'WAITING',
  countryOfOrigin: '',
  languages: [],
  otherLanguages: '',
  arrivalDate: '',
  district: '',
  accommodation: '',
  householdSize: '1',
  needs: [],
  residenceStatus: 'UNKNOWN',
  phone: '',
  email: '',
  consentGivenAt: '',
  projectId: '',
  notes: '',
};

export function toFormValues(newcomer: Newcomer): NewcomerFormValues {
  return {
    firstName: newcomer.firstName,
    lastName: newcomer.lastName,
    status: newcomer.status,
    countryOfOrigin: newcomer.countryOfOrigin ?? '',
    ...splitLanguages(newcomer.languages),
    arrivalDate: newcomer.arrivalDate ?? '',
    district: newcomer.district ?? '',
    accommodation: newcomer.accommodation ?? '',
    householdSize: String(newcomer.householdSize),
    needs: newcomer.needs,
    residenceStatus: newcomer.residenceStatus ?? '',
    phone: newcomer.phone ?? '',
    email: newcomer.email ?? '',
    consentGivenAt: toLocalInput(newcomer.consentGivenAt),
    projectId: newcomer.projectId ?? '',
    notes: newcomer.notes ?? '',
  };
}

/** The request body: empty optional fields are left out (a create then uses the default). */
export function toRequest(values: NewcomerFormValues, base?: Newcomer): NewcomerRequest {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    status: values.status,
    countryOfOrigin: optionalText(values.countryOfOrigin),
    languages: joinLanguages(values.languages, values.otherLanguages),
    arrivalDate: optionalText(values.arrivalDate),
    district: optionalText(values.district),
    accommodation: optionalText(values.accommodation),
    householdSize: optionalInteger(values.householdSize),
    needs: values.needs,
    residenceStatus: values.residenceStatus || undefined,
    phone: optionalText(values.phone),
    email: optionalText(values.email),
    consentGivenAt: instantForRequest(values.consentGivenAt, base?.consentGivenAt),
    projectId: optionalText(values.projectId),
    notes: optionalText(values.notes),
    version: base?.version,
  };
}

/**
 * The constraints of the contract's NewcomerRequest, checked before sending: the server checks
 * them again and its violations are shown at the same fields.
 */
export function newcomerFormSchema(t: TFunction) {
  const required = t('errors.required');
  const maxLength = (max: number) => t('errors.maxLength', { max });
  const text = (max: number) => z.string().max(max, maxLength(max));
  const name = z.string().trim().min(1, required).max(100, maxLength(100));

  return z
    .object({
      firstName: name,
      lastName: name,
      status: z.enum(newcomerStatuses, { error: required }),
      countryOfOrigin: z
        .string()
        .regex(/^[A-Z]{2}$/, t('newcomers.form.invalidCountry'))
        .or(z.literal('')),
      languages: z.array(z.string()),
      otherLanguages: z.string().superRefine((value, ctx) => {
        const unknown = parseLanguageCodes(value).filter((code) => !isKnownLanguage(code));
        if (unknown.length > 0) {
          ctx.addIssue({ code: 'custom', message: t('newcomers.form.unknownLanguages', { codes: unknown.join(', ') }) });
        }
      }),
      arrivalDate: z.string().regex(isoDate, t('newcomers.form.invalidDate')).or(z.literal('')),
      district: text(100),
      accommodation: text(200),
      householdSize: z
        .string()
        .trim()
        .refine((value) => value === '' || (/^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= 30), {
          message: t('newcomers.form.invalidHouseholdSize'),
        }),
      needs: z.array(z.enum(newcomerNeeds)),
      residenceStatus: z.enum(residenceStatuses, { error: required }).or(z.literal('')),
      phone: text(40).refine((value) => value.trim() === '' || phonePattern.test(value.trim()), t('newcomers.form.invalidPhone')),
      email: text(254).refine(
        (value) => value.trim() === '' || emailPattern.test(value.trim()),
        t('newcomers.form.invalidEmail'),
      ),
      consentGivenAt: z.string().regex(localDateTime, t('newcomers.form.invalidDateTime')).or(z.literal('')),
      projectId: z.string(),
      notes: text(10000),
    })
    .refine((values) => joinLanguages(values.languages, values.otherLanguages).length <= 20, {
      path: ['otherLanguages'],
      message: t('newcomers.form.tooManyLanguages'),
    });
}
