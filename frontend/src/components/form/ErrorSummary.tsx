import { useTranslation } from 'react-i18next';
import { fieldIds } from './fieldIds';

export interface SummaryEntry {
  /** The form field's name; entries without one (errors of the whole record) are not links. */
  field?: string;
  label: string;
  message: string;
}

/** The errors of a submit, listed at the top of the form with links to their fields. */
export function ErrorSummary({ formId, entries }: { formId: string; entries: SummaryEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <div className="kern-alert kern-alert--danger error-summary" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title">{t('errors.summary')}</h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {entries.map((entry, index) => (
            <li key={`${entry.field ?? ''}-${index}`}>
              {entry.field ? (
                <a className="kern-link" href={`#${fieldIds(formId, entry.field).id}`}>
                  {entry.label}: {entry.message}
                </a>
              ) : (
                <span className="kern-body">
                  {entry.label ? `${entry.label}: ` : ''}
                  {entry.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
