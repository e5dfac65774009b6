import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { allows, isSponsorOnly, type Me, useMe } from '../../../auth/me';
import { navigationFor } from '../../../components/layout/navigation';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { BudgetGlance } from '../components/BudgetGlance';
import { QuickSearch } from '../components/QuickSearch';
import { SponsorHome } from '../components/SponsorHome';
import { TodayCounts } from '../components/TodayCounts';
import '../overview.css';

/** Start page: the counts that matter today, a quick search for people, the budget in brief and every section. */
export function OverviewPage() {
  const { data: me } = useMe();
  if (!me) return null;
  return isSponsorOnly(me) ? <SponsorHome me={me} /> : <OfficeOverview me={me} />;
}

/** The start page of the office: what each role may see of it. */
function OfficeOverview({ me }: { me: Me }) {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const searches = [
    allows(me, 'listNewcomers') ? (
      <QuickSearch
        key="newcomers"
        to="/newcomers"
        label={t('overview.search.newcomers')}
        hint={t('overview.search.newcomersHint')}
      />
    ) : null,
    allows(me, 'listSponsors') ? (
      <QuickSearch key="sponsors" to="/sponsors" label={t('overview.search.sponsors')} hint={t('overview.search.sponsorsHint')} />
    ) : null,
  ].filter(Boolean);

  return (
    <>
      <h1 className="kern-heading-large">{t('overview.title')}</h1>
      <p className="kern-body page-intro">{t('overview.intro')}</p>
      <TodayCounts />
      {searches.length > 0 ? (
        <section aria-labelledby="overview-search" className="section">
          <h2 id="overview-search" className="kern-heading-medium">
            {t('overview.search.title')}
          </h2>
          <div className="quick-searches">{searches}</div>
        </section>
      ) : null}
      {allows(me, 'summarizeBudget') && allows(me, 'listProjects') ? <BudgetGlance /> : null}
      <section aria-labelledby="overview-sections" className="section">
        <h2 id="overview-sections" className="kern-heading-medium">
          {t('overview.sections')}
        </h2>
        <ul className="kern-list overview-sections">
          {navigationFor(me)
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
