import type { TFunction } from 'i18next';
import { z } from 'zod';
import { type FormModel, optionalInteger, optionalText } from '../../../components/record/form-model';
import { isKnownLanguage, joinLanguages, parseLanguageCodes, splitLanguages } from '../../../lib/languages';
import {
  type Association,
  associationFields,
  type AssociationField,
  associationKinds,
  type AssociationKind,
  type AssociationRequest,
} from '../model';

/** What the form holds: text as typed, so nothing is lost or reformatted while someone edits. */
export interface AssociationFormValues {
  name: string;
  /** Empty until the user picks one. */
  kind: AssociationKind | '';
  fields: AssociationField[];
  contactName: string;
  email: string;
  phone: string;
  address: string;
  district: string;
  /** The common languages (ISO 639-1) as checkboxes … */
  languages: string[];
  /** … and any other as typed codes, e.g. `ku, ti`. */
  otherLanguages: string;
  memberCount: string;
  active: boolean;
  website: string;
  notes: string;
}

export type AssociationFormField = keyof AssociationFormValues;

export const associationFormFields = [
  'name',
  'kind',
  'fields',
  'contactName',
  'phone',
  'email',
  'address',
  'district',
  'languages',
  'otherLanguages',
  'memberCount',
  'active',
  'website',
  'notes',
] as const satisfies readonly AssociationFormField[];

export const emptyAssociationForm: AssociationFormValues = {
  name: '',
  kind: '',
  fields: [],
  contactName: '',
  email: '',
  phone: '',
  address: '',
  district: '',
  languages: [],
  otherLanguages: '',
  memberCount: '',
  active: true,
  website: '',
  notes: '',
};

export function toFormValues(association: Association): AssociationFormValues {
  return {
    name: association.name,
    kind: association.kind,
    fields: [...association.fields],
    contactName: association.contactName ?? '',
    email: association.email ?? '',
    phone: association.phone ?? '',
    address: association.address ?? '',
    district: association.district ?? '',
    ...splitLanguages(association.languages),
    memberCount: association.memberCount === undefined ? '' : String(association.memberCount),
    active: association.active,
    website: association.website ?? '',
    notes: association.notes ?? '',
  };
}

export const associationFormModel: FormModel<Association, AssociationFormValues> = {
  fields: associationFormFields,
  toFormValues,
};

/** The request body: empty optional fields are left out (PUT then clears them). */
export function toRequest(values: AssociationFormValues, version?: number): AssociationRequest {
  return {
    name: values.name.trim(),
    // The schema has made sure a kind is chosen.
    kind: values.kind as AssociationKind,
    fields: values.fields,
    contactName: optionalText(values.contactName),
    email: optionalText(values.email),
    phone: optionalText(values.phone),
    address: optionalText(values.address),
    district: optionalText(values.district),
    languages: joinLanguages(values.languages, values.otherLanguages),
    memberCount: optionalInteger(values.memberCount),
    active: values.active,
    website: optionalText(values.website),
    notes: optionalText(values.notes),
    version,
  };
}

const maxInt32 = 2_147_483_647;
const emailFormat = z.email();

/**
 * The constraints of the contract's AssociationRequest, checked before sending: the server checks
 * them again and its violations are shown at the same fields.
 */
export function associationFormSchema(t: TFunction) {
  const required = t('errors.required');
  const maxLength = (max: number) => t('errors.maxLength', { max });
  const text = (max: number) => z.string().max(max, maxLength(max));

  return z
    .object({
      name: z.string().min(1, required).max(200, maxLength(200)).regex(/\S/, t('errors.notBlank')),
      kind: z.union([z.enum(associationKinds), z.literal('')]).refine((kind): boolean => kind !== '', required),
      fields: z.array(z.enum(associationFields)),
      contactName: text(200),
      email: text(254).refine(
        (email) => email.trim() === '' || emailFormat.safeParse(email.trim()).success,
        t('associations.form.invalidEmail'),
      ),
      phone: text(50),
      address: text(300),
      district: text(100),
      languages: z.array(z.string()),
      otherLanguages: z.string().superRefine((value, context) => {
        const unknown = parseLanguageCodes(value).filter((code) => !isKnownLanguage(code));
        if (unknown.length > 0) {
          context.addIssue({ code: 'custom', message: t('associations.form.unknownLanguages', { codes: unknown.join(', ') }) });
        }
      }),
      memberCount: z
        .string()
        .trim()
        .refine(
          (value) => value === '' || (/^\d{1,10}$/.test(value) && Number(value) <= maxInt32),
          t('associations.form.invalidMemberCount'),
        ),
      active: z.boolean(),
      website: text(500),
      notes: text(10000),
    })
    .refine((values) => joinLanguages(values.languages, values.otherLanguages).length <= 20, {
      path: ['otherLanguages'],
      message: t('associations.form.tooManyLanguages', { max: 20 }),
    });
}
