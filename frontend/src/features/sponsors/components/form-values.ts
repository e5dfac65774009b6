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
import { type Sponsor, type SponsorRequest, sponsorStatuses, type SponsorStatus } from '../model';

/**
 * What the form holds: text as typed, so nothing is lost or reformatted while someone edits.
 *
 * The contract's two lists are entered so that they work on a phone:
 * - `languages` (ISO 639-1 codes): the common languages are checkboxes (one tap each, named in the
 *   UI language, nobody has to know a code); any other language goes into `otherLanguages` as its
 *   code ("ku, ti"). Stored codes outside the checkboxes appear there, so nothing is lost.
 * - `interests` (free text): one text field, separated by commas ("Schule, Sport"), which is quicker
 *   to type on a phone keyboard than one field per interest. An interest cannot contain a comma.
 */
export interface SponsorFormValues {
  firstName: string;
  lastName: string;
  status: SponsorStatus;
  phone: string;
  email: string;
  district: string;
  languages: string[];
  otherLanguages: string;
  interests: string;
  availability: string;
  trainingCompletedOn: string;
  maxMentees: string;
  consentGivenAt: string;
  projectId: string;
  notes: string;
}

export type SponsorFormField = keyof SponsorFormValues;

export const sponsorFormFields = [
  'firstName',
  'lastName',
  'status',
  'phone',
  'email',
  'district',
  'languages',
  'otherLanguages',
  'interests',
  'availability',
  'trainingCompletedOn',
  'maxMentees',
  'consentGivenAt',
  'projectId',
  'notes',
] as const satisfies readonly SponsorFormField[];

export const sponsorFormModel: FormModel<Sponsor, SponsorFormValues> = {
  fields: sponsorFormFields,
  toFormValues: (sponsor) => toFormValues(sponsor),
};

/** A new sponsor: interested, accompanying at most two newcomers (the contract's default). */
export const emptySponsorForm: SponsorFormValues = {
  firstName: '',
  lastName: '',
  status: 'INTERESTED',
  phone: '',
  email: '',
  district: '',
  languages: [],
  otherLanguages: '',
  interests: '',
  availability: '',
  trainingCompletedOn: '',
  maxMentees: '2',
  consentGivenAt: '',
  projectId: '',
  notes: '',
};

/** `"Schule, Sport"` → `['Schule', 'Sport']` */
export const parseInterests = (text: string): string[] =>
  text
    .split(',')
    .map((interest) => interest.trim())
    .filter((interest) => interest !== '');

export function toFormValues(sponsor: Sponsor): SponsorFormValues {
  return {
    firstName: sponsor.firstName,
    lastName: sponsor.lastName,
    status: sponsor.status,
    phone: sponsor.phone ?? '',
    email: sponsor.email ?? '',
    district: sponsor.district ?? '',
    ...splitLanguages(sponsor.languages),
    interests: sponsor.interests.join(', '),
    availability: sponsor.availability ?? '',
    trainingCompletedOn: sponsor.trainingCompletedOn ?? '',
    maxMentees: String(sponsor.maxMentees),
    consentGivenAt: toLocalInput(sponsor.consentGivenAt),
    projectId: sponsor.projectId ?? '',
    notes: sponsor.notes ?? '',
  };
}

/** The request body: empty optional fields are left out (PUT then clears them or uses the default). */
export function toRequest(values: SponsorFormValues, base?: Sponsor): SponsorRequest {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    status: values.status,
    phone: optionalText(values.phone),
    email: optionalText(values.email),
    district: optionalText(values.district),
    languages: joinLanguages(values.languages, values.otherLanguages),
    interests: [...new Set(parseInterests(values.interests))],
    availability: optionalText(values.availability),
    trainingCompletedOn: optionalText(values.trainingCompletedOn),
    maxMentees: optionalInteger(values.maxMentees),
    consentGivenAt: instantForRequest(values.consentGivenAt, base?.consentGivenAt),
    projectId: optionalText(values.projectId),
    notes: optionalText(values.notes),
    version: base?.version,
  };
}

/**
 * The constraints of the contract's SponsorRequest, checked before sending: the server checks
 * them again and its violations are shown at the same fields.
 */
export function sponsorFormSchema(t: TFunction) {
  const required = t('errors.required');
  const maxLength = (max: number) => t('errors.maxLength', { max });
  const text = (max: number) => z.string().max(max, maxLength(max));
  const name = z.string().trim().min(1, required).max(100, maxLength(100));

  return z
    .object({
      firstName: name,
      lastName: name,
      status: z.enum(sponsorStatuses, { error: required }),
      phone: text(40).refine((value) => value.trim() === '' || phonePattern.test(value.trim()), t('sponsors.form.invalidPhone')),
      email: text(254).refine((value) => value.trim() === '' || emailPattern.test(value.trim()), t('sponsors.form.invalidEmail')),
      district: text(100),
      languages: z.array(z.string()),
      otherLanguages: z.string().superRefine((value, ctx) => {
        const unknown = parseLanguageCodes(value).filter((code) => !isKnownLanguage(code));
        if (unknown.length > 0) {
          ctx.addIssue({ code: 'custom', message: t('sponsors.form.unknownLanguages', { codes: unknown.join(', ') }) });
        }
      }),
      interests: z.string().superRefine((value, ctx) => {
        const interests = parseInterests(value);
        if (interests.length > 20) ctx.addIssue({ code: 'custom', message: t('sponsors.form.tooManyInterests') });
        if (interests.some((interest) => interest.length > 200)) {
          ctx.addIssue({ code: 'custom', message: t('sponsors.form.interestTooLong') });
        }
      }),
      availability: text(500),
      trainingCompletedOn: z.string().regex(isoDate, t('sponsors.form.invalidDate')).or(z.literal('')),
      maxMentees: z
        .string()
        .trim()
        .refine((value) => value === '' || (/^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= 10), {
          message: t('sponsors.form.invalidMaxMentees'),
        }),
      consentGivenAt: z.string().regex(localDateTime, t('sponsors.form.invalidDateTime')).or(z.literal('')),
      projectId: z.string(),
      notes: text(10000),
    })
    .refine((values) => joinLanguages(values.languages, values.otherLanguages).length <= 20, {
      path: ['otherLanguages'],
      message: t('sponsors.form.tooManyLanguages'),
    });
}
