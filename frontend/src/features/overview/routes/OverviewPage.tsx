import { useQueries } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { navigationItems } from '../../../components/layout/navigation';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { formatNumber } from '../../../lib/format';

const statuses = ['PLANNING', 'RUNNING', 'COMPLETED'] as const;

/** Start page: how many projects are in which status, and the way to every section. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('overview.title'));
  // One request per status with size=1: the API's `total` is the count.
  const counts = useQueries({
    queries: statuses.map((status) => ({
      queryKey: ['projects', 'count', status],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/v1/projects', { params: { query: { status, size: 1 } }, signal })).then((page) => page.total),
    })),
  });

  return (
    <>
      <h1 className="kern-heading-large">{t('overview.title')}</h1>
      <p className="kern-body page-intro">{t('overview.intro')}</p>
      <section aria-labelledby="overview-projects" className="section">
        <h2 id="overview-projects" className="kern-heading-medium">
          {t('overview.projectsByStatus')}
        </h2>
        <ul className="stat-list">
          {statuses.map((status, index) => (
            <li key={status} className="kern-card stat-list__item">
              <div className="kern-card__container">
                <Link to="/projects" search={{ status }} className="kern-link stat-list__link">
                  <span className="stat-list__value">
                    {counts[index]?.data === undefined ? '…' : formatNumber(counts[index].data, i18n.language)}
                  </span>
                  <span className="stat-list__label">{t(`projects.status.${status}`)}</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/projects" className="kern-link">
            {t('overview.allProjects')}
          </Link>
        </p>
      </section>
      <section aria-labelledby="overview-sections" className="section">
        <h2 id="overview-sections" className="kern-heading-medium">
          {t('overview.sections')}
        </h2>
        <ul className="kern-list">
          {navigationItems
            .filter((item) => item.to !== '/')
            .map((item) => (
              <li key={item.to}>
                <Link to={item.to} className="kern-link">
                  {t(item.label)}
                </Link>
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}
