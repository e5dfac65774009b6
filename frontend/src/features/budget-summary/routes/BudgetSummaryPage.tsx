import { getRouteApi } from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/feedback/Alert';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useAllProjects } from '../api/list-all-projects';
import { useBudgetSummary } from '../api/summarize-budget';
import type { ChartSeries } from '../components/BudgetChart';
import { CategoryTable, categoryLabel } from '../components/CategoryTable';
import { FiguresTable } from '../components/FiguresTable';
import { KeyFigures } from '../components/KeyFigures';
import { ProjectChoice } from '../components/ProjectChoice';
import { type BudgetSummary, chartFigures, type FigureRow, runningProjectIds } from '../model';
import '../budget-summary.css';

// chart.js loads only when a chart is shown: it is not part of the app's first download.
const BudgetChart = lazy(() => import('../components/BudgetChart').then((module) => ({ default: module.BudgetChart })));

const route = getRouteApi('/budget');

/** Cost in blue, funding in green; actual figures in a lighter fill of the same colour. */
const figureColors = { plannedCost: '#2044aa', actualCost: '#2044aa', plannedFunding: '#17703c', actualFunding: '#17703c' };

/**
 * Haushalt: planned and actual cost and funding of the chosen projects (default: the running
 * ones), optionally of one fiscal year; by project, by fiscal year and by category, each as a
 * chart with a table of the same figures.
 */
export function BudgetSummaryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('budgetSummary.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const yearId = useId();
  const projects = useAllProjects();

  const projectIds = search.projectId ?? (projects.data ? runningProjectIds(projects.data) : undefined);
  // All years: the fiscal years to choose from. With a year chosen, a second summary of that year.
  const allYears = useBudgetSummary(projectIds, undefined);
  const summary = useBudgetSummary(projectIds, search.fiscalYear);

  const choose = (update: { projectId?: string[] | undefined; fiscalYear?: number | undefined }) =>
    void navigate({ search: (previous) => ({ ...previous, ...update }), replace: true });

  const years = [
    ...new Set([
      ...(allYears.data?.byFiscalYear.map((year) => year.fiscalYear) ?? []),
      ...(search.fiscalYear ? [search.fiscalYear] : []),
    ]),
  ].sort((a, b) => a - b);

  return (
    <>
      <h1 className="kern-heading-large">{t('budgetSummary.title')}</h1>
      <p className="kern-body page-intro">{t('budgetSummary.intro')}</p>

      <section aria-labelledby={`${yearId}-choice`} className="budget-choice">
        <h2 id={`${yearId}-choice`} className="kern-heading-medium">
          {t('budgetSummary.choice')}
        </h2>
        {projects.isPending ? <Loading /> : null}
        {projects.isError ? <ErrorAlert error={projects.error} onRetry={() => void projects.refetch()} /> : null}
        {projects.data ? (
          <ProjectChoice projects={projects.data} selected={projectIds ?? []} onChange={(projectId) => choose({ projectId })} />
        ) : null}
        <div className="kern-form-input budget-choice__year">
          <label className="kern-label" htmlFor={`${yearId}-year`}>
            {t('budgetSummary.fiscalYear')}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select
              id={`${yearId}-year`}
              className="kern-form-input__select"
              value={search.fiscalYear ?? ''}
              onChange={(event) => choose({ fiscalYear: event.target.value ? Number(event.target.value) : undefined })}
            >
              <option value="">{t('budgetSummary.allYears')}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>

      {projectIds !== undefined && projectIds.length === 0 ? (
        <Alert variant="info" title={t('budgetSummary.noneChosenTitle')}>
          <p className="kern-body">
            {search.projectId === undefined ? t('budgetSummary.noneRunning') : t('budgetSummary.noneChosen')}
          </p>
        </Alert>
      ) : summary.isError ? (
        <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />
      ) : summary.data ? (
        <Figures summary={summary.data} fetching={summary.isFetching} />
      ) : projectIds !== undefined || projects.isPending ? (
        <Loading />
      ) : null}
    </>
  );
}

function Figures({ summary, fetching }: { summary: BudgetSummary; fetching: boolean }) {
  const { t } = useTranslation();
  const total: FigureRow = { key: 'total', label: t('budgetSummary.total'), figures: summary };
  const byProject: FigureRow[] = summary.byProject.map((project) => ({
    key: project.projectId,
    label: t('budgetSummary.projectLabel', { code: project.code, name: project.name }),
    figures: project,
  }));
  // The chart names projects by code (long names squeeze the bars on phones); the table gives both.
  const projectCodes = summary.byProject.map((project) => project.code);
  const byYear: FigureRow[] = summary.byFiscalYear.map((year) => ({
    key: String(year.fiscalYear),
    label: String(year.fiscalYear),
    figures: year,
  }));
  const series = (rows: FigureRow[]): ChartSeries[] =>
    chartFigures.map((figure) => ({
      label: t(`budgetSummary.figures.${figure}`),
      amounts: rows.map((row) => row.figures[figure]),
      color: figureColors[figure],
      light: figure.startsWith('actual'),
    }));
  const scope =
    summary.fiscalYear === undefined
      ? t('budgetSummary.scopeAllYears', { count: summary.projectIds.length })
      : t('budgetSummary.scopeYear', { count: summary.projectIds.length, year: summary.fiscalYear });

  return (
    <div aria-busy={fetching}>
      <section aria-labelledby="budget-totals" className="section">
        <h2 id="budget-totals" className="kern-heading-medium">
          {t('budgetSummary.totals')}
        </h2>
        <p className="kern-body" role="status">
          {scope}
        </p>
        <KeyFigures figures={summary} />
      </section>

      <ChartAndTable
        id="budget-by-project"
        heading={t('budgetSummary.byProject')}
        description={t('budgetSummary.chartDescription.byProject')}
        labels={projectCodes}
        series={series(byProject)}
      >
        <FiguresTable
          caption={t('budgetSummary.byProject')}
          rowHeader={t('budgetSummary.project')}
          rows={byProject}
          total={total}
        />
      </ChartAndTable>

      <ChartAndTable
        id="budget-by-year"
        heading={t('budgetSummary.byFiscalYear')}
        description={t('budgetSummary.chartDescription.byFiscalYear')}
        labels={byYear.map((row) => row.label)}
        series={series(byYear)}
        empty={byYear.length === 0}
      >
        <FiguresTable
          caption={t('budgetSummary.byFiscalYear')}
          rowHeader={t('budgetSummary.fiscalYear')}
          rows={byYear}
          total={total}
        />
      </ChartAndTable>

      <ChartAndTable
        id="budget-by-category"
        heading={t('budgetSummary.byCategory')}
        description={t('budgetSummary.chartDescription.byCategory')}
        labels={summary.byCategory.map((row) => categoryLabel(t, row))}
        series={[
          {
            label: t('budgetSummary.planned'),
            amounts: summary.byCategory.map((row) => row.planned),
            color: figureColors.plannedCost,
          },
          {
            label: t('budgetSummary.actual'),
            amounts: summary.byCategory.map((row) => row.actual),
            color: figureColors.plannedCost,
            light: true,
          },
        ]}
        empty={summary.byCategory.length === 0}
      >
        <CategoryTable caption={t('budgetSummary.byCategory')} categories={summary.byCategory} />
      </ChartAndTable>
    </div>
  );
}

interface ChartAndTableProps {
  id: string;
  heading: string;
  description: string;
  labels: string[];
  series: ChartSeries[];
  empty?: boolean;
  children: ReactNode;
}

function ChartAndTable({ id, heading, description, labels, series, empty, children }: ChartAndTableProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="section budget-section">
      <h2 id={id} className="kern-heading-medium">
        {heading}
      </h2>
      {empty ? (
        <p className="kern-body">{t('budgetSummary.noLines')}</p>
      ) : (
        <div className="budget-section__content">
          <Suspense fallback={<div className="budget-chart budget-chart--loading" aria-hidden="true" />}>
            <BudgetChart description={description} labels={labels} series={series} />
          </Suspense>
          {children}
        </div>
      )}
    </section>
  );
}
