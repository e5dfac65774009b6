import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { type FieldErrors, type FieldValues, type Path, type Resolver, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../api/client';
import type { SummaryEntry } from '../form/ErrorSummary';

/** What a stored record carries for optimistic locking. */
export interface Versioned {
  id: string;
  version: number;
}

/**
 * How one kind of record maps onto its form: the fields in the order of the form, and the
 * record's stored values as form values (text as typed, so nothing is reformatted while editing).
 */
export interface FormModel<R, V extends FieldValues> {
  fields: readonly (keyof V & Path<V>)[];
  toFormValues: (record: R) => V;
}

/** A react-hook-form form checked by a zod schema that is built with the current language. */
export function useZodForm<V extends FieldValues>(schema: (t: TFunction) => z.ZodType<V, V>, defaultValues: V): UseFormReturn<V> {
  const { t } = useTranslation();
  const resolver = useMemo(() => zodResolver(schema(t)) as unknown as Resolver<V>, [schema, t]);
  // Checked first on submit; after that on every change: re-checking on blur would remove the
  // error summary under the pointer while the user clicks "Speichern", and the click would be lost.
  return useForm<V>({ defaultValues: defaultValues as never, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
}

const sortedText = (values: unknown[]) => values.map(String).sort().join('\u0000');

/** Whether two form values mean the same: text ignoring outer blanks, lists ignoring order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return sortedText(a as unknown[]) === sortedText(b as unknown[]);
  return typeof a === 'string' && typeof b === 'string' ? a.trim() === b.trim() : a === b;
}

/** The fields whose values differ between two versions of a record. */
export function changedFields<R, V extends FieldValues>(model: FormModel<R, V>, before: R, after: R): (keyof V & Path<V>)[] {
  const a = model.toFormValues(before);
  const b = model.toFormValues(after);
  return model.fields.filter((field) => !sameValue(a[field], b[field]));
}

/**
 * Puts the server's `violations` at their fields. Returns summary entries for what has no field
 * in the form (or, without violations, the problem's detail).
 */
export function applyServerErrors<V extends FieldValues>(
  form: UseFormReturn<V>,
  fields: readonly (keyof V & Path<V>)[],
  error: unknown,
  t: TFunction,
): SummaryEntry[] {
  if (!(error instanceof ApiError)) return [{ label: '', message: t('errors.network') }];
  if (error.status === 503) return [{ label: '', message: t('errors.unavailable') }];
  if (error.status === 401) return [{ label: '', message: t('errors.unauthenticated') }];
  if (error.status === 403) return [{ label: '', message: t('errors.forbidden') }];
  const rest: SummaryEntry[] = [];
  let focused = false;
  for (const violation of error.violations) {
    // `languages[2]` or `address.street` belongs to the form field `languages` or `address`.
    const name = violation.field.split(/[.[]/)[0] ?? violation.field;
    const field = fields.find((candidate) => candidate === name);
    if (field) {
      form.setError(field, { type: 'server', message: violation.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      rest.push({ label: violation.field, message: violation.message });
    }
  }
  if (error.violations.length === 0) rest.push({ label: '', message: error.problem.detail ?? error.problem.title });
  return rest;
}

/** The form's field errors as summary entries, in the order of the form. */
export function errorEntries<V extends FieldValues>(
  errors: FieldErrors<V>,
  fields: readonly (keyof V & Path<V>)[],
  label: (field: keyof V & Path<V>) => string,
): SummaryEntry[] {
  return fields.flatMap((field) => {
    const message = errors[field]?.message;
    return typeof message === 'string' && message ? [{ field, label: label(field), message }] : [];
  });
}

const blank = (value: string) => value.trim() === '';

/** An optional text field for a request: trimmed, or left out when empty (PUT then clears it). */
export const optionalText = (value: string): string | undefined => (blank(value) ? undefined : value.trim());

/** An optional whole number typed as text, for a request. */
export const optionalInteger = (value: string): number | undefined => (blank(value) ? undefined : Number(value.trim()));

/** The contract's phone pattern: digits with the usual separators, optionally a leading +. */
export const phonePattern = /^\+?[0-9][0-9 ()/.-]*$/;
/** Something@somewhere, no stricter than the server, which checks `format: email` again. */
export const emailPattern = /^[^\s@]+@[^\s@]+$/;
/** A date as `<input type="date">` gives it and the contract wants it. */
export const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** A local date and time as `<input type="datetime-local">` gives it. */
export const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
