import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryEntry } from '../form/ErrorSummary';

interface RecordFormProps {
  id: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  submitting: boolean;
  /** Field errors and problems of the whole request, listed above the fields. */
  summary: SummaryEntry[];
  /** The way back without saving (a link). */
  cancel: ReactNode;
  /** Shown above the fields (e.g. a version conflict). */
  notice?: ReactNode;
  children: ReactNode;
}

/** The frame of every create and edit form: error summary, notice, fields, save and cancel. */
export function RecordForm({ id, onSubmit, submitLabel, submitting, summary, cancel, notice, children }: RecordFormProps) {
  const { t } = useTranslation();
  return (
    <form id={id} className="app-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary formId={id} entries={summary} />
      {notice}
      <div className="form-grid">{children}</div>
      <div className="form-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={submitting} aria-busy={submitting}>
          <span className="kern-label">{submitting ? t('common.saving') : submitLabel}</span>
        </button>
        {cancel}
      </div>
    </form>
  );
}
