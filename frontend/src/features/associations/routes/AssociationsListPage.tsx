import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Allowed } from '../../../auth/components/Allowed';
import { DataList } from '../../../components/data/DataList';
import { ListFilters } from '../../../components/data/ListFilters';
import { ListResults } from '../../../components/data/ListResults';
import { listNavigation, pageParams } from '../../../components/data/listSearch';
import { parseSort } from '../../../components/data/sort';
import { Flash } from '../../../components/feedback/Flash';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { languageFilterOptions } from '../../../lib/languages';
import { useAssociations } from '../api/list-associations';
import { AssociationNameLink, useAssociationColumns } from '../components/useAssociationColumns';
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
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('associations.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<AssociationListSearch>((update) => void navigate({ search: update }));
  const params = pageParams(search, defaultAssociationSort);
  const filters = {
    kind: search.kind,
    field: search.field,
    active: search.active,
    language: search.language,
    district: search.district,
  };
  const query = useAssociations({ ...params, ...filters });
  const columns = useAssociationColumns();

  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t('associations.title')}</h1>
        <Allowed operation="createAssociation">
          <Link to="/associations/new" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t('associations.new')}</span>
          </Link>
        </Allowed>
      </div>
      <p className="kern-body page-intro">{t('associations.intro')}</p>
      <Flash />
      <ListFilters
        key={JSON.stringify([search.q, filters])}
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
          {
            name: 'language',
            label: t('associations.filters.language'),
            value: search.language,
            options: languageFilterOptions(i18n.language, search.language),
          },
        ]}
        texts={[{ name: 'district', label: t('associations.fields.district'), value: search.district }]}
        onApply={({ q, kind, field, active, language, district }) =>
          list.filter({
            q,
            language,
            district,
            kind: kind as AssociationListSearch['kind'],
            field: field as AssociationListSearch['field'],
            active: booleanOf(active),
          })
        }
        onReset={() =>
          list.filter({
            q: undefined,
            kind: undefined,
            field: undefined,
            active: undefined,
            language: undefined,
            district: undefined,
          })
        }
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('associations.caption')}
            items={items}
            getKey={(association) => association.id}
            columns={columns}
            cardTitle={(association) => <AssociationNameLink association={association} />}
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
