import type { FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../feedback/Alert';
import { ScrollableTable } from '../data/ScrollableTable';
import { changedFields, sameValue, type Versioned } from './form-model';
import type { RecordEditor } from './useRecordEditor';

interface VersionConflictProps<R extends Versioned, V extends FieldValues> {
  /** The edit form's state, from `useRecordEditor`. */
  editor: RecordEditor<R, V>;
  label: (field: keyof V & Path<V>) => string;
  /** A field's value as a reader sees it (enum labels, dates in the user's language). */
  show: (field: keyof V & Path<V>, values: V) => string;
}

/**
 * Tells the user that someone else saved first, shows which fields changed (when the form was
 * opened, stored now, and what the user typed) and offers both ways on. The input stays in the form.
 */
export function VersionConflict<R extends Versioned, V extends FieldValues>({ editor, label, show }: VersionConflictProps<R, V>) {
  const { t } = useTranslation();
  const { model, base, conflict, applied } = editor;
  if (!conflict) {
    return applied === null ? null : (
      <Alert variant="info" title={t('record.conflict.applied', { version: applied })} role="status" />
    );
  }
  const before = model.toFormValues(base);
  const now = model.toFormValues(conflict.current);
  const fields = changedFields(model, base, conflict.current);
  const display = (field: keyof V & Path<V>, values: V) => show(field, values).trim() || t('common.none');

  return (
    <div className="kern-alert kern-alert--warning conflict" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title">{t('record.conflict.title')}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('record.conflict.intro', { base: base.version, current: conflict.current.version })}</p>
        {fields.length === 0 ? (
          <p className="kern-body">{t('record.conflict.noVisibleChanges')}</p>
        ) : (
          <ScrollableTable label={t('record.conflict.title')}>
            <table className="kern-table kern-table--small">
              <thead>
                <tr>
                  {(['field', 'before', 'now', 'yours'] as const).map((column) => (
                    <th key={column} scope="col" className="kern-table__header">
                      {t(`record.conflict.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {fields.map((field) => (
                  <tr key={field}>
                    <th scope="row" className="kern-table__header">
                      {label(field)}
                    </th>
                    <td className="kern-table__cell">{display(field, before)}</td>
                    <td className="kern-table__cell">{display(field, now)}</td>
                    <td className="kern-table__cell">
                      {display(field, conflict.yours)}
                      {!sameValue(conflict.yours[field], before[field]) ? (
                        <span className="kern-badge kern-badge--warning kern-badge--small conflict__mine">
                          <span className="kern-label">{t('record.conflict.alsoChangedByYou')}</span>
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
        )}
        <div className="form-actions">
          <button type="button" className="kern-btn kern-btn--primary" onClick={editor.applyOnTop}>
            <span className="kern-label">{t('record.conflict.apply')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={editor.discardMine}>
            <span className="kern-label">{t('record.conflict.discard')}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
