import type { FormEventHandler, ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { errorEntries } from '../../../components/record/form-model';
import { RecordForm } from '../../../components/record/RecordForm';
import type { AssociationOption } from '../api/association-options';
import { CheckboxField, RadioGroup } from './ChoiceFields';
import { participantFormFields, type ParticipantFormValues } from './participant-form-values';

interface ParticipantFormProps {
  id: string;
  form: UseFormReturn<ParticipantFormValues>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  otherErrors: SummaryEntry[];
  onCancel: () => void;
  /** The associations to choose from (those already taking part left out). */
  associations: AssociationOption[];
  notice?: ReactNode;
}

/** Add and edit form of a participant: an association of the network, or a person with organisation. */
export function ParticipantForm({
  id,
  form,
  onSubmit,
  submitLabel,
  otherErrors,
  onCancel,
  associations,
  notice,
}: ParticipantFormProps) {
  const { t } = useTranslation();
  const {
    register,
    watch,
    formState: { errors, isSubmitting },
  } = form;
  const label = (field: (typeof participantFormFields)[number]) => t(`meetings.participants.fields.${field}`);
  const kind = watch('kind');

  return (
    <RecordForm
      id={id}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      submitting={isSubmitting}
      summary={[...errorEntries(errors, participantFormFields, label), ...otherErrors]}
      notice={notice}
      cancel={
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
      }
    >
      <RadioGroup
        formId={id}
        legend={t('meetings.participants.kind')}
        registration={register('kind')}
        error={errors.kind?.message}
        options={[
          { value: 'association', label: t('meetings.participants.kindAssociation') },
          { value: 'person', label: t('meetings.participants.kindPerson') },
        ]}
      />
      {kind === 'association' ? (
        <SelectField
          formId={id}
          label={label('associationId')}
          registration={register('associationId')}
          error={errors.associationId?.message}
          options={[
            { value: '', label: t('meetings.participants.chooseAssociation') },
            ...associations.map((association) => ({ value: association.id, label: association.name })),
          ]}
        />
      ) : (
        <>
          <TextField
            formId={id}
            label={label('personName')}
            registration={register('personName')}
            error={errors.personName?.message}
            autoComplete="off"
            maxLength={200}
          />
          <TextField
            formId={id}
            label={label('organisation')}
            optional
            registration={register('organisation')}
            error={errors.organisation?.message}
            maxLength={200}
          />
        </>
      )}
      <TextField
        formId={id}
        label={label('role')}
        optional
        registration={register('role')}
        error={errors.role?.message}
        maxLength={200}
      />
      <div>
        <CheckboxField formId={id} label={label('invited')} registration={register('invited')} />
        <CheckboxField formId={id} label={label('attended')} registration={register('attended')} />
      </div>
    </RecordForm>
  );
}
