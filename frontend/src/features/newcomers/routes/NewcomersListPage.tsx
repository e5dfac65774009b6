import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/data/DataList';
import { ListFilters } from '../../../components/data/ListFilters';
import { ListResults } from '../../../components/data/ListResults';
import { listNavigation, pageParams } from '../../../components/data/listSearch';
import { parseSort } from '../../../components/data/sort';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useNewcomers } from '../api/list-newcomers';
import { newcomerName, useNewcomerColumns } from '../components/useNewcomerColumns';
import { defaultNewcomerSort, newcomerSortFields, type NewcomerSortField, newcomerStatuses } from '../model';
import type { NewcomerListSearch } from './search';

const route = getRouteApi('/newcomers');

export function NewcomersListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('newcomers.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<NewcomerListSearch>((update) => void navigate({ search: update }));
  const params = pageParams(search, defaultNewcomerSort);
  const query = useNewcomers({ ...params, status: search.status });
  const columns = useNewcomerColumns();

  return (
    <>
      <h1 className="kern-heading-large">{t('newcomers.title')}</h1>
      <p className="kern-body page-intro">{t('newcomers.intro')}</p>
      <ListFilters
        key={`${search.q ?? ''}|${search.status ?? ''}`}
        q={search.q}
        searchHint={t('newcomers.searchHint')}
        selects={[
          {
            name: 'status',
            label: t('newcomers.fields.status'),
            value: search.status,
            options: newcomerStatuses.map((value) => ({ value, label: t(`newcomers.status.${value}`) })),
          },
        ]}
        onApply={(values) => list.filter(values)}
        onReset={() => list.filter({ q: undefined, status: undefined })}
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('newcomers.caption')}
            items={items}
            getKey={(newcomer) => newcomer.id}
            columns={columns}
            cardTitle={newcomerName}
            sort={parseSort<NewcomerSortField>(params.sort)}
            sortFields={newcomerSortFields}
            sortLabel={(field) => t(`newcomers.fields.${field}`)}
            onSort={list.sort}
          />
        )}
      </ListResults>
    </>
  );
}
