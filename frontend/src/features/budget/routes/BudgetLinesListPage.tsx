import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProjectOptions } from '../../../api/project-options';
import { Allowed } from '../../../auth/components/Allowed';
import { DataList } from '../../../components/data/DataList';
import { ListFilters } from '../../../components/data/ListFilters';
import { ListResults } from '../../../components/data/ListResults';
import { listNavigation, pageParams } from '../../../components/data/listSearch';
import { parseSort } from '../../../components/data/sort';
import { Flash } from '../../../components/feedback/Flash';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useBudgetLines } from '../api/list-budget-lines';
import { BudgetLineLink, useBudgetLineColumns } from '../components/useBudgetLineColumns';
import { budgetCategories, budgetKinds, budgetSortFields, type BudgetSortField, defaultBudgetSort } from '../model';
import type { BudgetListSearch } from './search';

const route = getRouteApi('/budget-lines');

/** A typed year as a number; anything else means "no filter". */
const yearOf = (value: string | undefined) => (value !== undefined && /^\d{4}$/.test(value) ? Number(value) : undefined);

export function BudgetLinesListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('budget.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<BudgetListSearch>((update) => void navigate({ search: update }));
  const params = pageParams(search, defaultBudgetSort);
  const filters = {
    projectId: search.projectId,
    kind: search.kind,
    category: search.category,
    fiscalYear: search.fiscalYear,
  };
  const query = useBudgetLines({ ...params, ...filters });
  const columns = useBudgetLineColumns();
  const projects = useProjectOptions();

  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t('budget.title')}</h1>
        {/* Filtered by a project, a new line starts in that project. */}
        <Allowed operation="createBudgetLine">
          <Link to="/budget-lines/new" search={{ projectId: search.projectId }} className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t('budget.new')}</span>
          </Link>
        </Allowed>
      </div>
      <p className="kern-body page-intro">{t('budget.intro')}</p>
      <Flash />
      <ListFilters
        key={`${JSON.stringify([search.q, filters])}|${projects.isSuccess}`}
        q={search.q}
        searchHint={t('budget.searchHint')}
        selects={[
          {
            name: 'projectId',
            label: t('budget.fields.project'),
            value: search.projectId,
            options: (projects.data ?? []).map((project) => ({ value: project.id, label: `${project.code} – ${project.name}` })),
          },
          {
            name: 'kind',
            label: t('budget.fields.kind'),
            value: search.kind,
            options: budgetKinds.map((value) => ({ value, label: t(`budget.kind.${value}`) })),
          },
          {
            name: 'category',
            label: t('budget.fields.category'),
            value: search.category,
            options: budgetCategories.map((value) => ({ value, label: t(`budget.category.${value}`) })),
          },
        ]}
        texts={[
          {
            name: 'fiscalYear',
            label: t('budget.fields.fiscalYear'),
            value: search.fiscalYear === undefined ? undefined : String(search.fiscalYear),
            inputMode: 'numeric',
          },
        ]}
        onApply={({ fiscalYear, kind, category, ...values }) =>
          list.filter({
            ...values,
            kind: kind as BudgetListSearch['kind'],
            category: category as BudgetListSearch['category'],
            fiscalYear: yearOf(fiscalYear),
          })
        }
        onReset={() =>
          list.filter({ q: undefined, projectId: undefined, kind: undefined, category: undefined, fiscalYear: undefined })
        }
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('budget.caption')}
            items={items}
            getKey={(line) => line.id}
            columns={columns}
            cardTitle={(line) => <BudgetLineLink line={line} />}
            sort={parseSort<BudgetSortField>(params.sort)}
            sortFields={budgetSortFields}
            sortLabel={(field) => t(`budget.fields.${field}`)}
            onSort={list.sort}
          />
        )}
      </ListResults>
    </>
  );
}
