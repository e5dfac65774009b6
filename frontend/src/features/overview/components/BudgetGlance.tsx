import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { formatMoney, formatRate } from '../../../lib/format';
import { runningProjectIdsQueryOptions } from '../api/list-running-project-ids';
import { budgetSummaryQueryOptions } from '../api/summarize-budget';

/** "Haushalt in Kürze": cost, funding, the city's share and the funding rate of the running projects. */
export function BudgetGlance() {
  const { t, i18n } = useTranslation();
  const ids = useQuery(runningProjectIdsQueryOptions());
  const projectIds = ids.data ?? [];
  const summary = useQuery({ ...budgetSummaryQueryOptions(projectIds), enabled: projectIds.length > 0 });

  let body;
  if (ids.isError || summary.isError) {
    const failed = ids.isError ? ids : summary;
    body = <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />;
  } else if (ids.data && ids.data.length === 0) {
    body = <p className="kern-body">{t('overview.budget.noneRunning')}</p>;
  } else if (!summary.data) {
    body = <Loading />;
  } else {
    const s = summary.data;
    const figures = [
      { key: 'cost', value: formatMoney(s.plannedCost, i18n.language) },
      { key: 'funding', value: formatMoney(s.plannedFunding, i18n.language) },
      { key: 'remaining', value: formatMoney(s.remainingCost, i18n.language) },
      { key: 'rate', value: s.fundingRate === undefined ? t('common.none') : formatRate(s.fundingRate, i18n.language) },
    ] as const;
    body = (
      <>
        <p className="kern-body">{t('overview.budget.scope', { count: s.projectIds.length })}</p>
        <dl className="budget-glance">
          {figures.map((figure) => (
            <div key={figure.key} className="budget-glance__item">
              <dt>{t(`overview.budget.${figure.key}`)}</dt>
              <dd>{figure.value}</dd>
            </div>
          ))}
        </dl>
      </>
    );
  }

  return (
    <section aria-labelledby="overview-budget" className="section">
      <h2 id="overview-budget" className="kern-heading-medium">
        {t('overview.budget.title')}
      </h2>
      {body}
      <p>
        <Link to="/budget" className="kern-link overview-more">
          {t('overview.budget.toBudget')}
        </Link>
      </p>
    </section>
  );
}
