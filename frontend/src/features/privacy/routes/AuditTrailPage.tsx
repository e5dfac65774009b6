import { Link, getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/data/DataList';
import { ListResults } from '../../../components/data/ListResults';
import { listNavigation, pageParams } from '../../../components/data/listSearch';
import { parseSort } from '../../../components/data/sort';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { formatInstant } from '../../../lib/format';
import { useAuditEvents } from '../api/audit-events';
import { AuditFilters } from '../components/AuditFilters';
import { useAuditColumns, useResourceTypeLabel } from '../components/useAuditColumns';
import { auditSortFields, type AuditSortField, defaultAuditSort } from '../model';
import type { AuditSearch } from './search';
import '../components/privacy.css';
import { usePrivacyTexts } from '../i18n/texts';

const route = getRouteApi('/privacy/audit');

/** The audit trail for the data protection officer: filters, order and page in the URL, like every list. */
export function AuditTrailPage() {
  usePrivacyTexts();
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('privacy.audit.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<AuditSearch>((update) => void navigate({ search: update }));
  // The audit trail has no full-text search: only the paging of pageParams.
  const { page, size, sort } = pageParams(search, defaultAuditSort);
  const filters = {
    actor: search.actor,
    resourceType: search.resourceType,
    resourceId: search.resourceId,
    from: search.from,
    to: search.to,
  };
  const query = useAuditEvents({ page, size, sort, ...filters });
  const columns = useAuditColumns();
  const typeLabel = useResourceTypeLabel();

  return (
    <>
      <p className="back-link">
        <Link to="/privacy" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          {t('privacy.person.toPrivacy')}
        </Link>
      </p>
      <h1 className="kern-heading-large">{t('privacy.audit.title')}</h1>
      <p className="kern-body page-intro">{t('privacy.audit.intro')}</p>
      <AuditFilters key={JSON.stringify(filters)} values={filters} onApply={(values) => list.filter(values)} />
      <ListResults query={query} page={page + 1} size={size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('privacy.audit.caption')}
            items={items}
            getKey={(event) => event.id}
            columns={columns}
            cardPreline={(event) => formatInstant(event.occurredAt, i18n.language)}
            cardTitle={(event) => `${t(`privacy.audit.action.${event.action}`)}: ${typeLabel(event.resourceType)}`}
            sort={parseSort<AuditSortField>(sort)}
            sortFields={auditSortFields}
            sortLabel={(field) => t(`privacy.audit.fields.${field}`)}
            onSort={list.sort}
          />
        )}
      </ListResults>
    </>
  );
}
