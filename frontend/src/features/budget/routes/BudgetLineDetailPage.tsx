import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Allowed } from '../../../auth/components/Allowed';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Flash } from '../../../components/feedback/Flash';
import { Loading } from '../../../components/feedback/Loading';
import { Fact, Facts } from '../../../components/record/Facts';
import { ProjectReference } from '../../../components/record/ProjectReference';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { formatInstant, formatMoney } from '../../../lib/format';
import { useBudgetLine } from '../api/get-budget-line';
import { DeleteBudgetLine } from '../components/DeleteBudgetLine';

const route = getRouteApi('/budget-lines/$budgetLineId');

export function BudgetLineDetailPage() {
  const { t, i18n } = useTranslation();
  const { budgetLineId } = route.useParams();
  const query = useBudgetLine(budgetLineId);
  useDocumentTitle(query.data?.description ?? t('budget.title'));
  const lang = i18n.language;
  const none = t('common.none');
  const line = query.data;

  return (
    <>
      <p className="back-link">
        <Link to="/budget-lines" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          {t('budget.detail.toList')}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {line ? (
        <>
          <div className="page-header">
            <hgroup>
              <p className="kern-preline">
                {t('budget.detail.preline', {
                  kind: t(`budget.kind.${line.kind}`),
                  year: line.fiscalYear,
                })}
              </p>
              <h1 className="kern-heading-large">{line.description}</h1>
            </hgroup>
            <div className="page-header__actions">
              <Allowed operation="replaceBudgetLine">
                <Link to="/budget-lines/$budgetLineId/edit" params={{ budgetLineId }} className="kern-btn kern-btn--primary">
                  <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                  <span className="kern-label">{t('common.edit')}</span>
                </Link>
              </Allowed>
              <Allowed operation="deleteBudgetLine">
                <DeleteBudgetLine line={line} />
              </Allowed>
            </div>
          </div>
          <Flash />
          <Facts>
            <Fact label={t('budget.fields.project')}>
              <ProjectReference projectId={line.projectId} />
            </Fact>
            <Fact label={t('budget.fields.fiscalYear')}>{line.fiscalYear}</Fact>
            <Fact label={t('budget.fields.kind')}>{t(`budget.kind.${line.kind}`)}</Fact>
            <Fact label={t('budget.fields.category')}>{t(`budget.category.${line.category}`)}</Fact>
            <Fact label={t('budget.fields.plannedAmount')}>{formatMoney(line.plannedAmount, lang)}</Fact>
            <Fact label={t('budget.fields.actualAmount')}>
              {line.actualAmount === undefined ? t('budget.detail.actualUnknown') : formatMoney(line.actualAmount, lang)}
            </Fact>
            <Fact label={t('budget.fields.costCentre')}>{line.costCentre ?? none}</Fact>
            <Fact label={t('budget.fields.budgetItem')}>{line.budgetItem ?? none}</Fact>
            <Fact label={t('budget.fields.funder')}>{line.funder ?? none}</Fact>
            <Fact label={t('budget.fields.createdAt')}>{formatInstant(line.createdAt, lang)}</Fact>
            <Fact label={t('budget.fields.updatedAt')}>{formatInstant(line.updatedAt, lang)}</Fact>
          </Facts>
        </>
      ) : null}
    </>
  );
}
