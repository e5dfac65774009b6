import type { FormEventHandler, ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { errorEntries } from '../../../components/record/form-model';
import { RecordForm } from '../../../components/record/RecordForm';
import { meetingActionStatuses } from '../model';
import { actionFormFields, type ActionFormValues } from './action-form-values';

interface ActionFormProps {
  id: string;
  form: UseFormReturn<ActionFormValues>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  otherErrors: SummaryEntry[];
  onCancel: () => void;
  notice?: ReactNode;
}

/** Add and edit form of an agreed action: who does what by when, and whether it is done. */
export function ActionForm({ id, form, onSubmit, submitLabel, otherErrors, onCancel, notice }: ActionFormProps) {
  const { t } = useTranslation();
  const {
    register,
    watch,
    formState: { errors, isSubmitting },
  } = form;
  const label = (field: (typeof actionFormFields)[number]) => t(`meetings.actions.fields.${field}`);

  return (
    <RecordForm
      id={id}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      submitting={isSubmitting}
      summary={[...errorEntries(errors, actionFormFields, label), ...otherErrors]}
      notice={notice}
      cancel={
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
      }
    >
      <TextField
        formId={id}
        label={label('description')}
        multiline
        registration={register('description')}
        error={errors.description?.message}
        maxLength={2000}
      />
      <TextField
        formId={id}
        label={label('owner')}
        hint={t('meetings.actions.hints.owner')}
        registration={register('owner')}
        error={errors.owner?.message}
        maxLength={200}
      />
      <div className="form-row">
        <TextField
          formId={id}
          label={label('dueDate')}
          type="date"
          optional
          registration={register('dueDate')}
          error={errors.dueDate?.message}
        />
        <SelectField
          formId={id}
          label={label('status')}
          registration={register('status')}
          error={errors.status?.message}
          options={meetingActionStatuses.map((status) => ({ value: status, label: t(`meetings.actions.status.${status}`) }))}
        />
        {watch('status') === 'DONE' ? (
          <TextField
            formId={id}
            label={label('doneOn')}
            type="date"
            optional
            registration={register('doneOn')}
            error={errors.doneOn?.message}
          />
        ) : null}
      </div>
    </RecordForm>
  );
}
