import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProjectOptions } from '../../../api/project-options';
import { DataList } from '../../../components/data/DataList';
import { ListFilters } from '../../../components/data/ListFilters';
import { ListResults } from '../../../components/data/ListResults';
import { listNavigation, pageParams } from '../../../components/data/listSearch';
import { parseSort } from '../../../components/data/sort';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useBudgetLines } from '../api/list-budget-lines';
import { useBudgetLineColumns } from '../components/useBudgetLineColumns';
import { budgetCategories, budgetKinds, budgetSortFields, type BudgetSortField, defaultBudgetSort } from '../model';
import type { BudgetListSearch } from './search';

const route = getRouteApi('/budget-lines');

export function BudgetLinesListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('budget.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<BudgetListSearch>((update) => void navigate({ search: update }));
  const params = pageParams(search, defaultBudgetSort);
  const query = useBudgetLines({ ...params, projectId: search.projectId, kind: search.kind, category: search.category });
  const columns = useBudgetLineColumns();
  const projects = useProjectOptions();

  return (
    <>
      <h1 className="kern-heading-large">{t('budget.title')}</h1>
      <p className="kern-body page-intro">{t('budget.intro')}</p>
      <ListFilters
        key={`${search.q ?? ''}|${search.projectId ?? ''}|${search.kind ?? ''}|${search.category ?? ''}|${projects.isSuccess}`}
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
        onApply={(values) => list.filter(values)}
        onReset={() => list.filter({ q: undefined, projectId: undefined, kind: undefined, category: undefined })}
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('budget.caption')}
            items={items}
            getKey={(line) => line.id}
            columns={columns}
            cardTitle={(line) => line.description}
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
