import { Link } from '@tanstack/react-router';
import type { FormEventHandler, ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { errorEntries } from '../../../components/record/form-model';
import { RecordForm } from '../../../components/record/RecordForm';
import { actionFields, projectStatuses } from '../model';
import { projectFormFields, type ProjectFormValues } from './form-values';

interface ProjectFormProps {
  form: UseFormReturn<ProjectFormValues>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  /** Problems of the whole request that belong to no field. */
  otherErrors: SummaryEntry[];
  cancel: { to: '/projects' } | { to: '/projects/$projectId'; params: { projectId: string } };
  /** Shown above the fields (e.g. a version conflict). */
  notice?: ReactNode;
}

export const projectFormId = 'project';

/** Create and edit form of a project; fields mirror the contract's ProjectRequest. */
export function ProjectForm({ form, onSubmit, submitLabel, otherErrors, cancel, notice }: ProjectFormProps) {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const label = (field: (typeof projectFormFields)[number]) => t(`projects.fields.${field}`);
  const id = projectFormId;

  return (
    <RecordForm
      id={id}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      submitting={isSubmitting}
      summary={[...errorEntries(errors, projectFormFields, label), ...otherErrors]}
      notice={notice}
      cancel={
        <Link {...cancel} className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t('common.cancel')}</span>
        </Link>
      }
    >
      <TextField
        formId={id}
        label={label('code')}
        hint={t('projects.hints.code')}
        registration={register('code')}
        error={errors.code?.message}
        width="short"
        maxLength={20}
      />
      <TextField formId={id} label={label('name')} registration={register('name')} error={errors.name?.message} />
      <SelectField
        formId={id}
        label={label('status')}
        registration={register('status')}
        error={errors.status?.message}
        options={projectStatuses.map((status) => ({ value: status, label: t(`projects.status.${status}`) }))}
      />
      <div className="form-row">
        <TextField
          formId={id}
          label={label('startDate')}
          type="date"
          optional
          registration={register('startDate')}
          error={errors.startDate?.message}
        />
        <TextField
          formId={id}
          label={label('endDate')}
          type="date"
          optional
          hint={t('projects.hints.endDate')}
          registration={register('endDate')}
          error={errors.endDate?.message}
        />
      </div>
      <TextField
        formId={id}
        label={label('description')}
        multiline
        optional
        registration={register('description')}
        error={errors.description?.message}
      />
      <TextField
        formId={id}
        label={label('fundingProgramme')}
        optional
        registration={register('fundingProgramme')}
        error={errors.fundingProgramme?.message}
      />
      <TextField formId={id} label={label('funder')} optional registration={register('funder')} error={errors.funder?.message} />
      <CheckboxGroup
        formId={id}
        legend={label('actionFields')}
        registration={register('actionFields')}
        error={errors.actionFields?.message}
        options={actionFields.map((field) => ({ value: field, label: t(`projects.actionField.${field}`) }))}
      />
      <TextField
        formId={id}
        label={label('staffSharePercent')}
        hint={t('projects.hints.staffSharePercent')}
        optional
        inputMode="numeric"
        width="short"
        registration={register('staffSharePercent')}
        error={errors.staffSharePercent?.message}
      />
      <TextField formId={id} label={label('lead')} optional registration={register('lead')} error={errors.lead?.message} />
      <TextField
        formId={id}
        label={label('coordinator')}
        optional
        registration={register('coordinator')}
        error={errors.coordinator?.message}
      />
    </RecordForm>
  );
}
