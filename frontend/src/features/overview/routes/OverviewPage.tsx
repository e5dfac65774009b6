import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { navigationItems } from '../../../components/layout/navigation';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { BudgetGlance } from '../components/BudgetGlance';
import { QuickSearch } from '../components/QuickSearch';
import { TodayCounts } from '../components/TodayCounts';
import '../overview.css';

/** Start page: the counts that matter today, a quick search for people, the budget in brief and every section. */
export function OverviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));

  return (
    <>
      <h1 className="kern-heading-large">{t('overview.title')}</h1>
      <p className="kern-body page-intro">{t('overview.intro')}</p>
      <TodayCounts />
      <section aria-labelledby="overview-search" className="section">
        <h2 id="overview-search" className="kern-heading-medium">
          {t('overview.search.title')}
        </h2>
        <div className="quick-searches">
          <QuickSearch to="/newcomers" label={t('overview.search.newcomers')} hint={t('overview.search.newcomersHint')} />
          <QuickSearch to="/sponsors" label={t('overview.search.sponsors')} hint={t('overview.search.sponsorsHint')} />
        </div>
      </section>
      <BudgetGlance />
      <section aria-labelledby="overview-sections" className="section">
        <h2 id="overview-sections" className="kern-heading-medium">
          {t('overview.sections')}
        </h2>
        <ul className="kern-list overview-sections">
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
