import { type BaseSyntheticEvent, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { SummaryEntry } from '../form/ErrorSummary';
import { applyServerErrors, type FormModel, sameValue, type Versioned } from './form-model';

interface EditorOptions<R extends Versioned, V extends FieldValues> {
  initial: R;
  model: FormModel<R, V>;
  form: UseFormReturn<V>;
  /** Saves the values as a change of `base` (its version goes with the request). */
  save: (values: V, base: R) => Promise<R>;
  /** Loads what is stored now, bypassing the cache. */
  reload: (base: R) => Promise<R>;
  onSaved: (record: R) => unknown;
}

export interface Conflict<R, V> {
  current: R;
  yours: V;
}

/** The state of an edit form under optimistic locking; `VersionConflict` shows it. */
export interface RecordEditor<R extends Versioned, V extends FieldValues> {
  model: FormModel<R, V>;
  /** The stored version the user's edits are based on. */
  base: R;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  otherErrors: SummaryEntry[];
  conflict: Conflict<R, V> | null;
  /** Set after the user carried their changes over to this stored version. */
  applied: number | null;
  applyOnTop: () => void;
  discardMine: () => void;
}

/**
 * Submit handling of an edit form with optimistic locking. When someone else saved first (409),
 * nothing was written: the stored version is loaded and shown beside the user's input, which is
 * kept; the user then carries their changes over to it or takes the stored version.
 */
export function useRecordEditor<R extends Versioned, V extends FieldValues>({
  initial,
  model,
  form,
  save,
  reload,
  onSaved,
}: EditorOptions<R, V>): RecordEditor<R, V> {
  const { t } = useTranslation();
  // The stored version the user's edits are based on; it moves on when a conflict is resolved.
  const [base, setBase] = useState<R>(initial);
  const [otherErrors, setOtherErrors] = useState<SummaryEntry[]>([]);
  const [conflict, setConflict] = useState<Conflict<R, V> | null>(null);
  const [applied, setApplied] = useState<number | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setOtherErrors([]);
    setApplied(null);
    try {
      await onSaved(await save(values, base));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.kind === 'version-conflict') {
        try {
          setConflict({ current: await reload(base), yours: values });
        } catch {
          setOtherErrors([{ label: '', message: t('record.conflict.loadFailed') }]);
        }
        return;
      }
      setOtherErrors(applyServerErrors(form, model.fields, error, t));
    }
  });

  /** The user's changes on top of the stored version: their fields win, all others are taken over. */
  const applyOnTop = () => {
    if (!conflict) return;
    const before = model.toFormValues(base);
    form.reset(model.toFormValues(conflict.current));
    for (const field of model.fields) {
      if (!sameValue(conflict.yours[field], before[field])) {
        form.setValue(field, conflict.yours[field], { shouldDirty: true });
      }
    }
    setBase(conflict.current);
    setApplied(conflict.current.version);
    setConflict(null);
  };

  const discardMine = () => {
    if (!conflict) return;
    form.reset(model.toFormValues(conflict.current));
    setBase(conflict.current);
    setConflict(null);
  };

  return { model, base, onSubmit, otherErrors, conflict, applied, applyOnTop, discardMine };
}
