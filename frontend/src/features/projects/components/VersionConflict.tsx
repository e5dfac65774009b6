import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { Project } from '../model';
import { type ProjectFormField, type ProjectFormValues, projectFormFields, sameValue, toFormValues } from './form-values';

interface VersionConflictProps {
  /** The version the user's edits were based on. */
  base: Project;
  /** The version stored now. */
  current: Project;
  /** What the user tried to save. */
  yours: ProjectFormValues;
  onApply: () => void;
  onDiscard: () => void;
}

/** Which fields someone else changed: base vs. current, next to what the user typed. */
export function changedFields(base: Project, current: Project): ProjectFormField[] {
  const before = toFormValues(base);
  const now = toFormValues(current);
  return projectFormFields.filter((field) => !sameValue(before[field], now[field]));
}

export function VersionConflict({ base, current, yours, onApply, onDiscard }: VersionConflictProps) {
  const { t, i18n } = useTranslation();
  const before = toFormValues(base);
  const now = toFormValues(current);
  const fields = changedFields(base, current);

  const show = (field: ProjectFormField, values: ProjectFormValues): string => {
    const value = values[field];
    if (field === 'status') return t(`projects.status.${values.status}`);
    if (field === 'actionFields') return values.actionFields.map((f) => t(`projects.actionField.${f}`)).join(', ') || t('common.none');
    if (field === 'startDate' || field === 'endDate') return formatDate(value as string, i18n.language) || t('common.none');
    return (value as string).trim() || t('common.none');
  };

  return (
    <div className="kern-alert kern-alert--warning conflict" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title">{t('projects.conflict.title')}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('projects.conflict.intro', { base: base.version, current: current.version })}</p>
        {fields.length === 0 ? (
          <p className="kern-body">{t('projects.conflict.noVisibleChanges')}</p>
        ) : (
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--small">
              <thead>
                <tr>
                  <th scope="col" className="kern-table__header">
                    {t('projects.conflict.field')}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t('projects.conflict.before')}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t('projects.conflict.now')}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t('projects.conflict.yours')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field) => (
                  <tr key={field}>
                    <th scope="row" className="kern-table__header">
                      {t(`projects.fields.${field}`)}
                    </th>
                    <td className="kern-table__cell">{show(field, before)}</td>
                    <td className="kern-table__cell">{show(field, now)}</td>
                    <td className="kern-table__cell">
                      {show(field, yours)}
                      {!sameValue(yours[field], before[field]) ? (
                        <span className="kern-badge kern-badge--warning kern-badge--small conflict__mine">
                          <span className="kern-label">{t('projects.conflict.alsoChangedByYou')}</span>
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="form-actions">
          <button type="button" className="kern-btn kern-btn--primary" onClick={onApply}>
            <span className="kern-label">{t('projects.conflict.apply')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onDiscard}>
            <span className="kern-label">{t('projects.conflict.discard')}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
