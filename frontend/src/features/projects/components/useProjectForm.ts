import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { type FieldErrors, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/client';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { isProjectFormField, projectFormSchema, type ProjectFormValues } from './form-values';

export type ProjectForm = UseFormReturn<ProjectFormValues>;

export function useProjectForm(defaultValues: ProjectFormValues): ProjectForm {
  const { t } = useTranslation();
  const schema = useMemo(() => projectFormSchema(t), [t]);
  return useForm<ProjectFormValues>({
    defaultValues,
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
  });
}

/**
 * Puts the server's `violations` at their fields. Returns the summary entries for what has no
 * field in the form (or, without violations, the problem's detail).
 */
export function applyServerErrors(form: ProjectForm, error: unknown, t: TFunction): SummaryEntry[] {
  if (!(error instanceof ApiError)) return [{ label: '', message: t('errors.network') }];
  if (error.status === 503) return [{ label: '', message: t('errors.unavailable') }];
  const rest: SummaryEntry[] = [];
  let focused = false;
  for (const violation of error.violations) {
    // `actionFields[2]` or `actionFields.2` belongs to the field `actionFields`.
    const field = violation.field.split(/[.[]/)[0] ?? violation.field;
    if (isProjectFormField(field)) {
      form.setError(field, { type: 'server', message: violation.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      rest.push({ label: violation.field, message: violation.message });
    }
  }
  if (error.violations.length === 0) {
    rest.push({ label: '', message: error.problem.detail ?? error.problem.title });
  }
  return rest;
}

/** The field errors of the form as summary entries, in the order of the form. */
export function errorEntries(
  errors: FieldErrors<ProjectFormValues>,
  label: (field: keyof ProjectFormValues) => string,
  order: readonly (keyof ProjectFormValues)[],
): SummaryEntry[] {
  return order.flatMap((field) => {
    const message = errors[field]?.message;
    return message ? [{ field, label: label(field), message }] : [];
  });
}
