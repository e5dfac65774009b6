import { Link } from '@tanstack/react-router';
import type { FormEventHandler, ReactNode } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { ProjectSelectField } from '../../../components/form/ProjectSelectField';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { errorEntries } from '../../../components/record/form-model';
import { RecordForm } from '../../../components/record/RecordForm';
import { commonLanguageOptions } from '../../../lib/languages';
import { sponsorStatuses } from '../model';
import { sponsorFormFields, type SponsorFormValues } from './form-values';

interface SponsorFormProps {
  form: UseFormReturn<SponsorFormValues>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  /** Problems of the whole request that belong to no field. */
  otherErrors: SummaryEntry[];
  cancel: { to: '/sponsors' } | { to: '/sponsors/$sponsorId'; params: { sponsorId: string } };
  /** Shown above the fields (e.g. a version conflict). */
  notice?: ReactNode;
}

export const sponsorFormId = 'sponsor';

/** Create and edit form of a sponsor; fields mirror the contract's SponsorRequest. */
export function SponsorForm({ form, onSubmit, submitLabel, otherErrors, cancel, notice }: SponsorFormProps) {
  const { t, i18n } = useTranslation();
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const projectId = useWatch({ control, name: 'projectId' });
  const label = (field: (typeof sponsorFormFields)[number]) => t(`sponsors.fields.${field}`);
  const id = sponsorFormId;

  return (
    <RecordForm
      id={id}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      submitting={isSubmitting}
      summary={[...errorEntries(errors, sponsorFormFields, label), ...otherErrors]}
      notice={notice}
      cancel={
        <Link {...cancel} className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t('common.cancel')}</span>
        </Link>
      }
    >
      <div className="form-row">
        <TextField
          formId={id}
          label={label('firstName')}
          maxLength={100}
          registration={register('firstName')}
          error={errors.firstName?.message}
        />
        <TextField
          formId={id}
          label={label('lastName')}
          maxLength={100}
          registration={register('lastName')}
          error={errors.lastName?.message}
        />
      </div>
      <SelectField
        formId={id}
        label={label('status')}
        registration={register('status')}
        error={errors.status?.message}
        options={sponsorStatuses.map((status) => ({ value: status, label: t(`sponsors.status.${status}`) }))}
      />
      <div className="form-row">
        <TextField
          formId={id}
          label={label('phone')}
          type="tel"
          inputMode="tel"
          optional
          hint={t('sponsors.hints.phone')}
          maxLength={40}
          registration={register('phone')}
          error={errors.phone?.message}
        />
        <TextField
          formId={id}
          label={label('email')}
          type="email"
          inputMode="email"
          optional
          maxLength={254}
          registration={register('email')}
          error={errors.email?.message}
        />
      </div>
      <TextField
        formId={id}
        label={label('district')}
        optional
        maxLength={100}
        registration={register('district')}
        error={errors.district?.message}
      />
      <CheckboxGroup
        formId={id}
        legend={label('languages')}
        horizontal
        registration={register('languages')}
        error={errors.languages?.message}
        options={commonLanguageOptions(i18n.language)}
      />
      <TextField
        formId={id}
        label={label('otherLanguages')}
        hint={t('sponsors.hints.otherLanguages')}
        optional
        width="medium"
        registration={register('otherLanguages')}
        error={errors.otherLanguages?.message}
      />
      <TextField
        formId={id}
        label={label('interests')}
        hint={t('sponsors.hints.interests')}
        optional
        registration={register('interests')}
        error={errors.interests?.message}
      />
      <TextField
        formId={id}
        label={label('availability')}
        hint={t('sponsors.hints.availability')}
        optional
        maxLength={500}
        registration={register('availability')}
        error={errors.availability?.message}
      />
      <div className="form-row">
        <TextField
          formId={id}
          label={label('trainingCompletedOn')}
          type="date"
          optional
          hint={t('sponsors.hints.trainingCompletedOn')}
          registration={register('trainingCompletedOn')}
          error={errors.trainingCompletedOn?.message}
        />
        <TextField
          formId={id}
          label={label('maxMentees')}
          hint={t('sponsors.hints.maxMentees')}
          optional
          inputMode="numeric"
          width="short"
          maxLength={2}
          registration={register('maxMentees')}
          error={errors.maxMentees?.message}
        />
      </div>
      <TextField
        formId={id}
        label={label('consentGivenAt')}
        type="datetime-local"
        optional
        hint={t('sponsors.hints.consentGivenAt')}
        registration={register('consentGivenAt')}
        error={errors.consentGivenAt?.message}
      />
      <ProjectSelectField
        formId={id}
        label={label('projectId')}
        noneLabel={t('sponsors.form.noProject')}
        value={projectId}
        registration={register('projectId')}
        error={errors.projectId?.message}
      />
      <TextField
        formId={id}
        label={label('notes')}
        multiline
        optional
        registration={register('notes')}
        error={errors.notes?.message}
      />
    </RecordForm>
  );
}
