import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError } from '../../../api/client';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { applyServerErrors, errorEntries, localDateTime, optionalText, useZodForm } from '../../../components/record/form-model';
import { RecordForm } from '../../../components/record/RecordForm';
import { fromLocalInput } from '../../../lib/datetime-input';
import { useGiveConsent } from '../api/consents';
import { type ConsentPurpose, consentPurposes, type Person } from '../model';

const formId = 'consent-form';
const fields = ['purpose', 'givenAt', 'note'] as const;

const consentFormSchema = (t: TFunction) =>
  z.object({
    purpose: z.enum(consentPurposes),
    givenAt: z
      .string()
      .refine((value) => value === '' || localDateTime.test(value), t('privacy.consents.form.invalidDate'))
      .refine((value) => {
        const instant = fromLocalInput(value);
        return !instant || new Date(instant).getTime() <= Date.now();
      }, t('privacy.consents.form.future')),
    note: z.string().max(1000, t('errors.maxLength', { max: 1000 })),
  });
type ConsentFormValues = z.output<ReturnType<typeof consentFormSchema>>;

interface GiveConsentFormProps {
  person: Person;
  /** The purposes without a consent in force (one per purpose can be in force). */
  purposes: readonly ConsentPurpose[];
  onDone: (purpose: ConsentPurpose) => void;
  onCancel: () => void;
}

/** Records a consent the person gave, e.g. on a signed form: purpose, when (default now) and the evidence. */
export function GiveConsentForm({ person, purposes, onDone, onCancel }: GiveConsentFormProps) {
  const { t } = useTranslation();
  const give = useGiveConsent(person);
  const form = useZodForm<ConsentFormValues>(consentFormSchema, {
    purpose: purposes[0] ?? 'DATA_PROCESSING',
    givenAt: '',
    note: '',
  });
  const [problems, setProblems] = useState<SummaryEntry[]>([]);
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const label = (field: (typeof fields)[number]) => t(`privacy.consents.form.${field}`);

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      await give.mutateAsync({
        purpose: values.purpose,
        givenAt: fromLocalInput(values.givenAt),
        note: optionalText(values.note),
      });
      onDone(values.purpose);
    } catch (error) {
      const conflict = error instanceof ApiError && error.status === 409 ? error.kind : undefined;
      if (conflict === 'duplicate' || conflict === 'erased') {
        setProblems([{ label: '', message: t(`privacy.consents.${conflict}`) }]);
      } else {
        setProblems(applyServerErrors(form, fields, error, t));
      }
    }
  });

  return (
    <RecordForm
      id={formId}
      onSubmit={submit}
      submitLabel={t('privacy.consents.form.save')}
      submitting={isSubmitting}
      summary={[...errorEntries(errors, fields, label), ...problems]}
      cancel={
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
      }
    >
      <SelectField
        formId={formId}
        label={label('purpose')}
        registration={register('purpose')}
        error={errors.purpose?.message}
        options={purposes.map((purpose) => ({ value: purpose, label: t(`privacy.consents.purpose.${purpose}`) }))}
      />
      <TextField
        formId={formId}
        label={label('givenAt')}
        hint={t('privacy.consents.form.givenAtHint')}
        registration={register('givenAt')}
        error={errors.givenAt?.message}
        type="datetime-local"
        optional
      />
      <TextField
        formId={formId}
        label={label('note')}
        hint={t('privacy.consents.form.noteHint')}
        registration={register('note')}
        error={errors.note?.message}
        optional
        multiline
        maxLength={1000}
      />
    </RecordForm>
  );
}
