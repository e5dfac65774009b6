import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SummaryEntry } from '../form/ErrorSummary';
import { applyServerErrors } from './form-model';

interface CreatorOptions<V extends FieldValues, R> {
  form: UseFormReturn<V>;
  fields: readonly (keyof V & Path<V>)[];
  create: (values: V) => Promise<R>;
  onCreated: (record: R) => unknown;
}

/**
 * Submit handling of a create form: the server's violations go to their fields, a failed call
 * keeps everything typed so the user can simply submit again.
 */
export function useRecordCreator<V extends FieldValues, R>({ form, fields, create, onCreated }: CreatorOptions<V, R>) {
  const { t } = useTranslation();
  const [otherErrors, setOtherErrors] = useState<SummaryEntry[]>([]);
  const onSubmit = form.handleSubmit(async (values) => {
    setOtherErrors([]);
    try {
      await onCreated(await create(values));
    } catch (error) {
      setOtherErrors(applyServerErrors(form, fields, error, t));
    }
  });
  return { onSubmit, otherErrors };
}
