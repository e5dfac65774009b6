import { Link } from '@tanstack/react-router';
import type { FormEventHandler, ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import { ProjectSelectField } from '../../../components/form/ProjectSelectField';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { errorEntries } from '../../../components/record/form-model';
import { RecordForm } from '../../../components/record/RecordForm';
import { actionFields, meetingFormats } from '../model';
import type { AssociationOption } from '../api/association-options';
import { meetingFormFields, type MeetingFormValues } from './form-values';

interface MeetingFormProps {
  form: UseFormReturn<MeetingFormValues>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  /** Problems of the whole request that belong to no field. */
  otherErrors: SummaryEntry[];
  cancel: { to: '/network-meetings' } | { to: '/network-meetings/$meetingId'; params: { meetingId: string } };
  associations: AssociationOption[];
  /** Shown above the fields (e.g. a version conflict). */
  notice?: ReactNode;
}

export const meetingFormId = 'meeting';

/** Create and edit form of a network meeting; fields mirror the contract's NetworkMeetingRequest. */
export function MeetingForm({ form, onSubmit, submitLabel, otherErrors, cancel, associations, notice }: MeetingFormProps) {
  const { t } = useTranslation();
  const {
    register,
    watch,
    formState: { errors, isSubmitting },
  } = form;
  const label = (field: (typeof meetingFormFields)[number]) => t(`meetings.fields.${field}`);
  const id = meetingFormId;
  const host = watch('hostAssociationId');
  const hostOptions = [
    { value: '', label: t('meetings.form.noHost') },
    ...associations.map((association) => ({ value: association.id, label: association.name })),
  ];
  // A host beyond the first 100 associations stays a choice, so saving keeps it.
  if (host && !associations.some((association) => association.id === host)) {
    hostOptions.push({ value: host, label: t('meetings.detail.unknownAssociation') });
  }

  return (
    <RecordForm
      id={id}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      submitting={isSubmitting}
      summary={[...errorEntries(errors, meetingFormFields, label), ...otherErrors]}
      notice={notice}
      cancel={
        <Link {...cancel} className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t('common.cancel')}</span>
        </Link>
      }
    >
      <TextField
        formId={id}
        label={label('title')}
        registration={register('title')}
        error={errors.title?.message}
        maxLength={200}
      />
      <SelectField
        formId={id}
        label={label('format')}
        registration={register('format')}
        error={errors.format?.message}
        options={meetingFormats.map((format) => ({ value: format, label: t(`meetings.format.${format}`) }))}
      />
      <div className="form-row">
        <TextField
          formId={id}
          label={label('startsAt')}
          type="datetime-local"
          hint={t('meetings.hints.startsAt')}
          registration={register('startsAt')}
          error={errors.startsAt?.message}
        />
        <TextField
          formId={id}
          label={label('endsAt')}
          type="datetime-local"
          optional
          hint={t('meetings.hints.endsAt')}
          registration={register('endsAt')}
          error={errors.endsAt?.message}
        />
      </div>
      <TextField
        formId={id}
        label={label('location')}
        optional
        registration={register('location')}
        error={errors.location?.message}
        maxLength={300}
      />
      <SelectField
        formId={id}
        label={label('hostAssociationId')}
        hint={t('meetings.hints.hostAssociationId')}
        optional
        registration={register('hostAssociationId')}
        error={errors.hostAssociationId?.message}
        options={hostOptions}
      />
      <ProjectSelectField
        formId={id}
        label={label('projectId')}
        noneLabel={t('meetings.form.noProject')}
        registration={register('projectId')}
        value={watch('projectId')}
        error={errors.projectId?.message}
      />
      <CheckboxGroup
        formId={id}
        legend={label('actionFields')}
        registration={register('actionFields')}
        error={errors.actionFields?.message}
        options={actionFields.map((field) => ({ value: field, label: t(`meetings.actionField.${field}`) }))}
      />
      <TextField
        formId={id}
        label={label('topics')}
        hint={t('meetings.hints.topics')}
        multiline
        optional
        registration={register('topics')}
        error={errors.topics?.message}
      />
      <TextField
        formId={id}
        label={label('minutes')}
        multiline
        optional
        registration={register('minutes')}
        error={errors.minutes?.message}
      />
    </RecordForm>
  );
}
