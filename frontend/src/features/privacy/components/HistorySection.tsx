import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { defaultPageSize, Pagination, type PageSize } from '../../../components/data/Pagination';
import { formatInstant } from '../../../lib/format';
import { useHistory } from '../api/history';
import { type HistoryEntry, type Person, subjectResourceType } from '../model';
import { useFieldLabel } from './field-label';
import { Section } from './Section';

const showValue = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(showValue).join(', ')
    : typeof value === 'object' && value !== null
      ? JSON.stringify(value)
      : String(value);

/** The record's stored revisions, newest first: who changed it when, by which operation, which fields, and the values afterwards. */
export function HistorySection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [size, setSize] = useState<PageSize>(defaultPageSize);
  const query = useHistory(person, page - 1, size);
  const items = query.data?.items ?? [];

  return (
    <Section id="history-heading" title={t('privacy.history.title')} intro={t('privacy.history.intro')}>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && items.length === 0 ? <p className="kern-body">{t('privacy.history.none')}</p> : null}
      {items.length > 0 ? (
        <div aria-busy={query.isFetching}>
          <ol className="privacy-list" aria-label={t('privacy.history.caption')}>
            {items.map((entry) => (
              <Revision key={entry.revision} entry={entry} resourceType={subjectResourceType[person.subject]} />
            ))}
          </ol>
          <Pagination
            page={page}
            size={size}
            total={query.data?.total ?? 0}
            onPageChange={setPage}
            onSizeChange={(next) => {
              setSize(next);
              setPage(1);
            }}
          />
        </div>
      ) : null}
    </Section>
  );
}

function Revision({ entry, resourceType }: { entry: HistoryEntry; resourceType: string }) {
  const { t, i18n } = useTranslation();
  const fieldLabel = useFieldLabel();
  const values = Object.entries(entry.values ?? {});
  return (
    <li>
      <h3 className="kern-title">
        {t('privacy.history.summary', {
          kind: t(`privacy.history.kind.${entry.kind}`),
          date: formatInstant(entry.at, i18n.language),
          actor: entry.actor,
        })}
      </h3>
      <p className="kern-body kern-body--small kern-body--muted">
        {t('privacy.history.revision', { revision: entry.revision })}
        {entry.operation ? (
          <>
            {' · '}
            {t('privacy.history.operation')}: <code>{entry.operation}</code>
          </>
        ) : null}
      </p>
      <p className="kern-body">
        {t('privacy.history.changedFields')}:{' '}
        {entry.changedFields.length > 0
          ? entry.changedFields.map((field) => fieldLabel(resourceType, field)).join(', ')
          : t('privacy.history.noFields')}
      </p>
      {values.length > 0 ? (
        <details className="privacy-values">
          <summary className="kern-link">{t('privacy.history.values')}</summary>
          <dl className="kern-description-list">
            {values.map(([field, value]) => (
              <div key={field} className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{fieldLabel(resourceType, field)}</dt>
                <dd className="kern-description-list-item__value">{showValue(value)}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </li>
  );
}
