import { useQueryClient } from '@tanstack/react-query';
import { type FormEventHandler, type ReactNode, useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { errorEntries, useZodForm } from '../../../components/record/form-model';
import { RecordForm } from '../../../components/record/RecordForm';
import { useRecordCreator } from '../../../components/record/useRecordCreator';
import { useRecordEditor } from '../../../components/record/useRecordEditor';
import { VersionConflict } from '../../../components/record/VersionConflict';
import { formatDate } from '../../../lib/format';
import { useCreateMilestone } from '../api/create-milestone';
import { milestoneQueryOptions } from '../api/get-milestone';
import { useReplaceMilestone } from '../api/replace-milestone';
import { InlineForm } from '../../../components/record/InlineForm';
import { type Milestone, milestoneStatuses } from '../model';
import {
  emptyMilestoneForm,
  milestoneFormFields,
  milestoneFormModel,
  milestoneFormSchema,
  type MilestoneFormField,
  type MilestoneFormValues,
  toMilestoneFormValues,
  toMilestoneRequest,
} from './milestone-form-values';

interface MilestoneFormProps {
  id: string;
  form: UseFormReturn<MilestoneFormValues>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  otherErrors: SummaryEntry[];
  onCancel: () => void;
  notice?: ReactNode;
}

/** Add and edit form of a milestone; fields mirror the contract's MilestoneRequest. */
export function MilestoneForm({ id, form, onSubmit, submitLabel, otherErrors, onCancel, notice }: MilestoneFormProps) {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const label = (field: MilestoneFormField) => t(`projects.milestones.fields.${field}`);

  return (
    <RecordForm
      id={id}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      submitting={isSubmitting}
      summary={[...errorEntries(errors, milestoneFormFields, label), ...otherErrors]}
      notice={notice}
      cancel={
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
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
        label={label('status')}
        registration={register('status')}
        error={errors.status?.message}
        options={milestoneStatuses.map((status) => ({ value: status, label: t(`projects.milestoneStatus.${status}`) }))}
      />
      <div className="form-row">
        <TextField
          formId={id}
          label={label('plannedDate')}
          type="date"
          optional
          registration={register('plannedDate')}
          error={errors.plannedDate?.message}
        />
        <TextField
          formId={id}
          label={label('achievedDate')}
          type="date"
          optional
          hint={t('projects.milestones.hints.achievedDate')}
          registration={register('achievedDate')}
          error={errors.achievedDate?.message}
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
    </RecordForm>
  );
}

interface MilestoneCreatorProps {
  projectId: string;
  onClose: () => void;
  onCreated: (milestone: Milestone) => void;
}

/** The form that adds a milestone to a project. */
export function MilestoneCreator({ projectId, onClose, onCreated }: MilestoneCreatorProps) {
  const { t } = useTranslation();
  const form = useZodForm(milestoneFormSchema, emptyMilestoneForm);
  const create = useCreateMilestone(projectId);
  const { onSubmit, otherErrors } = useRecordCreator({
    form,
    fields: milestoneFormFields,
    create: (values) => create.mutateAsync(toMilestoneRequest(values)),
    onCreated,
  });
  const { setFocus } = form;
  useEffect(() => setFocus('title'), [setFocus]);

  return (
    <InlineForm title={t('projects.milestones.addTitle')} card>
      <MilestoneForm
        id="milestone-new"
        form={form}
        onSubmit={onSubmit}
        submitLabel={t('projects.milestones.add')}
        otherErrors={otherErrors}
        onCancel={onClose}
      />
    </InlineForm>
  );
}

interface MilestoneEditorProps {
  projectId: string;
  milestone: Milestone;
  onClose: () => void;
  onSaved: (milestone: Milestone) => void;
}

/** The form that changes a milestone; a stale version shows what changed and keeps the input. */
export function MilestoneEditor({ projectId, milestone, onClose, onSaved }: MilestoneEditorProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const replace = useReplaceMilestone(projectId);
  const form = useZodForm(milestoneFormSchema, toMilestoneFormValues(milestone));
  const editor = useRecordEditor({
    initial: milestone,
    model: milestoneFormModel,
    form,
    save: (values, base) => replace.mutateAsync({ id: base.id, body: toMilestoneRequest(values, base.version) }),
    reload: (base) => queryClient.fetchQuery({ ...milestoneQueryOptions(projectId, base.id), staleTime: 0 }),
    onSaved,
  });
  const { setFocus } = form;
  useEffect(() => setFocus('title'), [setFocus]);

  const show = (field: MilestoneFormField, values: MilestoneFormValues): string => {
    if (field === 'status') return t(`projects.milestoneStatus.${values.status}`);
    if (field === 'plannedDate' || field === 'achievedDate') return formatDate(values[field], i18n.language);
    return values[field];
  };

  return (
    <>
      <h3 className="kern-title">{t('projects.milestones.editTitle', { title: editor.base.title })}</h3>
      <MilestoneForm
        id={`milestone-${milestone.id}`}
        form={form}
        onSubmit={editor.onSubmit}
        submitLabel={t('common.save')}
        otherErrors={editor.otherErrors}
        onCancel={onClose}
        notice={<VersionConflict editor={editor} label={(field) => t(`projects.milestones.fields.${field}`)} show={show} />}
      />
    </>
  );
}
