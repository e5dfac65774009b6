import { Link } from '@tanstack/react-router';
import type { FormEventHandler, ReactNode } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { errorEntries } from '../../../components/record/form-model';
import { RecordForm } from '../../../components/record/RecordForm';
import { budgetKinds, categoriesByKind } from '../model';
import { allowedCategoriesText, budgetLineFormFields, type BudgetLineFormValues } from './form-values';

export interface ProjectChoice {
  id: string;
  code: string;
  name: string;
}

interface BudgetLineFormProps {
  form: UseFormReturn<BudgetLineFormValues>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  /** Problems of the whole request that belong to no field. */
  otherErrors: SummaryEntry[];
  /** The projects a line can belong to. */
  projects: readonly ProjectChoice[];
  cancel: { to: '/budget-lines' } | { to: '/budget-lines/$budgetLineId'; params: { budgetLineId: string } };
  /** Shown above the fields (e.g. a version conflict). */
  notice?: ReactNode;
}

export const budgetLineFormId = 'budget-line';

/** Create and edit form of a budget line; fields mirror the contract's BudgetLineRequest. */
export function BudgetLineForm({ form, onSubmit, submitLabel, otherErrors, projects, cancel, notice }: BudgetLineFormProps) {
  const { t } = useTranslation();
  const {
    register,
    control,
    getValues,
    trigger,
    formState: { errors, isSubmitting },
  } = form;
  const label = (field: (typeof budgetLineFormFields)[number]) => t(`budget.fields.${field}`);
  const id = budgetLineFormId;
  const [kind, category, projectId] = useWatch({ control, name: ['kind', 'category', 'projectId'] });

  // Only the categories that fit the kind are offered; a chosen one that no longer fits after the
  // kind changed stays visible (and is marked as wrong) instead of being replaced unnoticed.
  const categories = categoriesByKind[kind];
  const categoryOptions = category && !categories.includes(category) ? [category, ...categories] : categories;
  const projectOptions =
    projectId && !projects.some((project) => project.id === projectId)
      ? [{ value: projectId, label: t('budget.form.unknownProject') }]
      : [];

  return (
    <RecordForm
      id={id}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      submitting={isSubmitting}
      summary={[...errorEntries(errors, budgetLineFormFields, label), ...otherErrors]}
      notice={notice}
      cancel={
        <Link {...cancel} className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t('common.cancel')}</span>
        </Link>
      }
    >
      <SelectField
        formId={id}
        label={label('projectId')}
        registration={register('projectId')}
        error={errors.projectId?.message}
        options={[
          { value: '', label: t('budget.form.chooseProject') },
          ...projectOptions,
          ...projects.map((project) => ({ value: project.id, label: `${project.code} – ${project.name}` })),
        ]}
      />
      <div className="form-row">
        <TextField
          formId={id}
          label={label('fiscalYear')}
          inputMode="numeric"
          width="short"
          registration={register('fiscalYear')}
          error={errors.fiscalYear?.message}
          maxLength={4}
        />
        <SelectField
          formId={id}
          label={label('kind')}
          registration={register('kind', {
            // Re-check a chosen category at once, so a mismatch shows where it arises.
            onChange: () => {
              if (getValues('category') !== '') void trigger('category');
            },
          })}
          error={errors.kind?.message}
          options={budgetKinds.map((value) => ({ value, label: t(`budget.kind.${value}`) }))}
        />
      </div>
      <SelectField
        formId={id}
        label={label('category')}
        hint={t('budget.hints.category', { kind: t(`budget.kind.${kind}`), allowed: allowedCategoriesText(kind, t) })}
        registration={register('category', {
          // A select is done when changed: a corrected category clears its message without leaving the field.
          onChange: () => {
            if (errors.category) void trigger('category');
          },
        })}
        error={errors.category?.message}
        options={[
          { value: '', label: t('budget.form.chooseCategory') },
          ...categoryOptions.map((value) => ({ value, label: t(`budget.category.${value}`) })),
        ]}
      />
      <TextField
        formId={id}
        label={label('description')}
        hint={t('budget.hints.description')}
        registration={register('description')}
        error={errors.description?.message}
        maxLength={500}
      />
      <div className="form-row">
        <TextField
          formId={id}
          label={label('plannedAmount')}
          hint={t('budget.hints.amount')}
          inputMode="decimal"
          registration={register('plannedAmount')}
          error={errors.plannedAmount?.message}
        />
        <TextField
          formId={id}
          label={label('actualAmount')}
          hint={t('budget.hints.actualAmount')}
          optional
          inputMode="decimal"
          registration={register('actualAmount')}
          error={errors.actualAmount?.message}
        />
      </div>
      <div className="form-row">
        <TextField
          formId={id}
          label={label('costCentre')}
          hint={t('budget.hints.costCentre')}
          optional
          registration={register('costCentre')}
          error={errors.costCentre?.message}
          maxLength={40}
        />
        <TextField
          formId={id}
          label={label('budgetItem')}
          hint={t('budget.hints.budgetItem')}
          optional
          registration={register('budgetItem')}
          error={errors.budgetItem?.message}
          maxLength={40}
        />
      </div>
      <TextField
        formId={id}
        label={label('funder')}
        hint={t('budget.hints.funder')}
        optional
        registration={register('funder')}
        error={errors.funder?.message}
        maxLength={200}
      />
    </RecordForm>
  );
}
