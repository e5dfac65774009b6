import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/data/DataList';
import { ListFilters } from '../../../components/data/ListFilters';
import { ListResults } from '../../../components/data/ListResults';
import { listNavigation, pageParams } from '../../../components/data/listSearch';
import { parseSort } from '../../../components/data/sort';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useAssociations } from '../api/list-associations';
import { useAssociationColumns } from '../components/useAssociationColumns';
import {
  associationFields,
  associationKinds,
  associationSortFields,
  type AssociationSortField,
  defaultAssociationSort,
} from '../model';
import type { AssociationListSearch } from './search';

const route = getRouteApi('/associations');

const booleanOf = (value: string | undefined) => (value === undefined ? undefined : value === 'true');

export function AssociationsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('associations.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<AssociationListSearch>((update) => void navigate({ search: update }));
  const params = pageParams(search, defaultAssociationSort);
  const query = useAssociations({ ...params, kind: search.kind, field: search.field, active: search.active });
  const columns = useAssociationColumns();

  return (
    <>
      <h1 className="kern-heading-large">{t('associations.title')}</h1>
      <p className="kern-body page-intro">{t('associations.intro')}</p>
      <ListFilters
        key={`${search.q ?? ''}|${search.kind ?? ''}|${search.field ?? ''}|${String(search.active)}`}
        q={search.q}
        searchHint={t('associations.searchHint')}
        selects={[
          {
            name: 'kind',
            label: t('associations.fields.kind'),
            value: search.kind,
            options: associationKinds.map((value) => ({ value, label: t(`associations.kind.${value}`) })),
          },
          {
            name: 'field',
            label: t('associations.fields.fields'),
            value: search.field,
            options: associationFields.map((value) => ({ value, label: t(`associations.field.${value}`) })),
          },
          {
            name: 'active',
            label: t('associations.fields.active'),
            value: search.active === undefined ? undefined : String(search.active),
            options: [
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ],
          },
        ]}
        onApply={({ q, kind, field, active }) =>
          list.filter({
            q,
            kind: kind as AssociationListSearch['kind'],
            field: field as AssociationListSearch['field'],
            active: booleanOf(active),
          })
        }
        onReset={() => list.filter({ q: undefined, kind: undefined, field: undefined, active: undefined })}
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('associations.caption')}
            items={items}
            getKey={(association) => association.id}
            columns={columns}
            cardTitle={(association) => association.name}
            sort={parseSort<AssociationSortField>(params.sort)}
            sortFields={associationSortFields}
            sortLabel={(field) => t(`associations.fields.${field}`)}
            onSort={list.sort}
          />
        )}
      </ListResults>
    </>
  );
}
