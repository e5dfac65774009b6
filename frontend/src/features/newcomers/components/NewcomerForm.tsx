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
import { newcomerNeeds, newcomerStatuses, residenceStatuses } from '../model';
import { countryOptions } from './countries';
import { newcomerFormFields, type NewcomerFormValues } from './form-values';

interface NewcomerFormProps {
  form: UseFormReturn<NewcomerFormValues>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  /** Problems of the whole request that belong to no field. */
  otherErrors: SummaryEntry[];
  cancel: { to: '/newcomers' } | { to: '/newcomers/$newcomerId'; params: { newcomerId: string } };
  /** Shown above the fields (e.g. a version conflict). */
  notice?: ReactNode;
  /** Residence status, contact and consent: left out for a caller who may not see them. */
  personalDetails?: boolean;
}

export const newcomerFormId = 'newcomer';

/** Create and edit form of a newcomer; fields mirror the contract's NewcomerRequest. */
export function NewcomerForm({
  form,
  onSubmit,
  submitLabel,
  otherErrors,
  cancel,
  notice,
  personalDetails = true,
}: NewcomerFormProps) {
  const { t, i18n } = useTranslation();
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const [projectId, countryOfOrigin] = useWatch({ control, name: ['projectId', 'countryOfOrigin'] });
  const label = (field: (typeof newcomerFormFields)[number]) => t(`newcomers.fields.${field}`);
  const id = newcomerFormId;

  return (
    <RecordForm
      id={id}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      submitting={isSubmitting}
      summary={[...errorEntries(errors, newcomerFormFields, label), ...otherErrors]}
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
        options={newcomerStatuses.map((status) => ({ value: status, label: t(`newcomers.status.${status}`) }))}
      />
      <SelectField
        formId={id}
        label={label('countryOfOrigin')}
        optional
        registration={register('countryOfOrigin')}
        error={errors.countryOfOrigin?.message}
        options={[{ value: '', label: t('newcomers.form.noCountry') }, ...countryOptions(i18n.language, countryOfOrigin)]}
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
        hint={t('newcomers.hints.otherLanguages')}
        optional
        width="medium"
        registration={register('otherLanguages')}
        error={errors.otherLanguages?.message}
      />
      <div className="form-row">
        <TextField
          formId={id}
          label={label('arrivalDate')}
          type="date"
          optional
          registration={register('arrivalDate')}
          error={errors.arrivalDate?.message}
        />
        <TextField
          formId={id}
          label={label('householdSize')}
          hint={t('newcomers.hints.householdSize')}
          optional
          inputMode="numeric"
          width="short"
          maxLength={2}
          registration={register('householdSize')}
          error={errors.householdSize?.message}
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
      <TextField
        formId={id}
        label={label('accommodation')}
        hint={t('newcomers.hints.accommodation')}
        optional
        maxLength={200}
        registration={register('accommodation')}
        error={errors.accommodation?.message}
      />
      <CheckboxGroup
        formId={id}
        legend={label('needs')}
        horizontal
        registration={register('needs')}
        error={errors.needs?.message}
        options={newcomerNeeds.map((need) => ({ value: need, label: t(`newcomers.need.${need}`) }))}
      />
      {personalDetails ? (
        <>
          <SelectField
            formId={id}
            label={label('residenceStatus')}
            hint={t('newcomers.hints.residenceStatus')}
            registration={register('residenceStatus')}
            error={errors.residenceStatus?.message}
            options={residenceStatuses.map((status) => ({ value: status, label: t(`newcomers.residenceStatus.${status}`) }))}
          />
          <div className="form-row">
            <TextField
              formId={id}
              label={label('phone')}
              type="tel"
              inputMode="tel"
              optional
              hint={t('newcomers.hints.phone')}
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
            label={label('consentGivenAt')}
            type="datetime-local"
            optional
            hint={t('newcomers.hints.consentGivenAt')}
            registration={register('consentGivenAt')}
            error={errors.consentGivenAt?.message}
          />
        </>
      ) : null}
      <ProjectSelectField
        formId={id}
        label={label('projectId')}
        noneLabel={t('newcomers.form.noProject')}
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
