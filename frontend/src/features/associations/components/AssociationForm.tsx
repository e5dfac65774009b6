import { Link } from '@tanstack/react-router';
import type { FormEventHandler, ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { FieldError } from '../../../components/form/FieldParts';
import { fieldIds } from '../../../components/form/fieldIds';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { errorEntries } from '../../../components/record/form-model';
import { RecordForm } from '../../../components/record/RecordForm';
import { commonLanguageOptions } from '../../../lib/languages';
import { associationFields, associationKinds } from '../model';
import { associationFormFields, type AssociationFormValues } from './form-values';

interface AssociationFormProps {
  form: UseFormReturn<AssociationFormValues>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  /** Problems of the whole request that belong to no field. */
  otherErrors: SummaryEntry[];
  cancel: { to: '/associations' } | { to: '/associations/$associationId'; params: { associationId: string } };
  /** Shown above the fields (e.g. a version conflict). */
  notice?: ReactNode;
}

export const associationFormId = 'association';

/** Create and edit form of an association; fields mirror the contract's AssociationRequest. */
export function AssociationForm({ form, onSubmit, submitLabel, otherErrors, cancel, notice }: AssociationFormProps) {
  const { t, i18n } = useTranslation();
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const label = (field: (typeof associationFormFields)[number]) => t(`associations.fields.${field}`);
  const id = associationFormId;
  const activeIds = fieldIds(id, 'active');

  return (
    <RecordForm
      id={id}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      submitting={isSubmitting}
      summary={[...errorEntries(errors, associationFormFields, label), ...otherErrors]}
      notice={notice}
      cancel={
        <Link {...cancel} className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t('common.cancel')}</span>
        </Link>
      }
    >
      <TextField
        formId={id}
        label={label('name')}
        hint={t('associations.hints.name')}
        registration={register('name')}
        error={errors.name?.message}
        maxLength={200}
      />
      <SelectField
        formId={id}
        label={label('kind')}
        registration={register('kind')}
        error={errors.kind?.message}
        options={[
          { value: '', label: t('associations.form.chooseKind') },
          ...associationKinds.map((kind) => ({ value: kind, label: t(`associations.kind.${kind}`) })),
        ]}
      />
      <CheckboxGroup
        formId={id}
        legend={label('fields')}
        horizontal
        registration={register('fields')}
        error={errors.fields?.message}
        options={associationFields.map((field) => ({ value: field, label: t(`associations.field.${field}`) }))}
      />
      <TextField
        formId={id}
        label={label('contactName')}
        optional
        registration={register('contactName')}
        error={errors.contactName?.message}
        maxLength={200}
      />
      <div className="form-row">
        <TextField
          formId={id}
          label={label('phone')}
          type="tel"
          optional
          hint={t('associations.hints.phone')}
          registration={register('phone')}
          error={errors.phone?.message}
          maxLength={50}
        />
        <TextField
          formId={id}
          label={label('email')}
          type="email"
          optional
          hint={t('associations.hints.email')}
          registration={register('email')}
          error={errors.email?.message}
          maxLength={254}
        />
      </div>
      <TextField
        formId={id}
        label={label('address')}
        optional
        hint={t('associations.hints.address')}
        registration={register('address')}
        error={errors.address?.message}
        maxLength={300}
      />
      <TextField
        formId={id}
        label={label('district')}
        optional
        width="medium"
        registration={register('district')}
        error={errors.district?.message}
        maxLength={100}
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
        optional
        hint={t('associations.hints.otherLanguages')}
        width="medium"
        registration={register('otherLanguages')}
        error={errors.otherLanguages?.message}
      />
      <TextField
        formId={id}
        label={label('memberCount')}
        optional
        inputMode="numeric"
        width="short"
        registration={register('memberCount')}
        error={errors.memberCount?.message}
      />
      <div className={errors.active ? 'kern-form-input kern-form-input--error' : 'kern-form-input'}>
        <FieldError id={activeIds.error} error={errors.active?.message} />
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={activeIds.id}
            aria-describedby={`${activeIds.hint}${errors.active ? ` ${activeIds.error}` : ''}`}
            {...register('active')}
          />
          <label className="kern-label" htmlFor={activeIds.id}>
            {t('associations.form.activeLabel')}
          </label>
        </div>
        <div className="kern-hint" id={activeIds.hint}>
          {t('associations.hints.active')}
        </div>
      </div>
      <TextField
        formId={id}
        label={label('website')}
        type="url"
        optional
        hint={t('associations.hints.website')}
        registration={register('website')}
        error={errors.website?.message}
        maxLength={500}
      />
      <TextField
        formId={id}
        label={label('notes')}
        multiline
        optional
        hint={t('associations.hints.notes')}
        registration={register('notes')}
        error={errors.notes?.message}
      />
    </RecordForm>
  );
}
