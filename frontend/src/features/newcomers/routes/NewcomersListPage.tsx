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
import { languageFilterOptions } from '../../../lib/languages';
import { useNewcomers } from '../api/list-newcomers';
import { countryOptions } from '../components/countries';
import { NewcomerNameLink, useNewcomerColumns } from '../components/useNewcomerColumns';
import {
  defaultNewcomerSort,
  newcomerNeeds,
  newcomerSortFields,
  type NewcomerSortField,
  newcomerStatuses,
  residenceStatuses,
  showsPersonalDetails,
} from '../model';
import type { NewcomerListSearch } from './search';

const route = getRouteApi('/newcomers');

export function NewcomersListPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('newcomers.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<NewcomerListSearch>((update) => void navigate({ search: update }));
  const params = pageParams(search, defaultNewcomerSort);
  const filters = {
    status: search.status,
    language: search.language,
    district: search.district,
    residenceStatus: search.residenceStatus,
    need: search.need,
    countryOfOrigin: search.countryOfOrigin,
    projectId: search.projectId,
    arrivedFrom: search.arrivedFrom,
    arrivedTo: search.arrivedTo,
  };
  const query = useNewcomers({ ...params, ...filters });
  // Roles without the need get no residence status, consent or contact: no column, no filter for them.
  const items = query.data?.items ?? [];
  const personalDetails = items.length === 0 || items.some(showsPersonalDetails);
  const columns = useNewcomerColumns().filter((column) => personalDetails || column.id !== 'contact');
  const projects = useProjectOptions();

  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t('newcomers.title')}</h1>
        <Allowed operation="createNewcomer">
          <Link to="/newcomers/new" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t('newcomers.new')}</span>
          </Link>
        </Allowed>
      </div>
      <p className="kern-body page-intro">{t('newcomers.intro')}</p>
      <Flash />
      <ListFilters
        key={`${JSON.stringify([search.q, filters])}|${projects.isSuccess}`}
        q={search.q}
        searchHint={t('newcomers.searchHint')}
        selects={[
          {
            name: 'status',
            label: t('newcomers.fields.status'),
            value: search.status,
            options: newcomerStatuses.map((value) => ({ value, label: t(`newcomers.status.${value}`) })),
          },
          {
            name: 'language',
            label: t('newcomers.filters.language'),
            value: search.language,
            options: languageFilterOptions(i18n.language, search.language),
          },
          {
            name: 'need',
            label: t('newcomers.filters.need'),
            value: search.need,
            options: newcomerNeeds.map((value) => ({ value, label: t(`newcomers.need.${value}`) })),
          },
          ...(personalDetails
            ? [
                {
                  name: 'residenceStatus',
                  label: t('newcomers.fields.residenceStatus'),
                  value: search.residenceStatus,
                  options: residenceStatuses.map((value) => ({ value, label: t(`newcomers.residenceStatus.${value}`) })),
                },
              ]
            : []),
          {
            name: 'countryOfOrigin',
            label: t('newcomers.fields.countryOfOrigin'),
            value: search.countryOfOrigin,
            options: countryOptions(i18n.language, search.countryOfOrigin),
          },
          {
            name: 'projectId',
            label: t('newcomers.filters.project'),
            value: search.projectId,
            options: (projects.data ?? []).map((project) => ({ value: project.id, label: `${project.code} – ${project.name}` })),
          },
        ]}
        texts={[{ name: 'district', label: t('newcomers.fields.district'), value: search.district }]}
        dates={[
          { name: 'arrivedFrom', label: t('newcomers.filters.arrivedFrom'), value: search.arrivedFrom },
          { name: 'arrivedTo', label: t('newcomers.filters.arrivedTo'), value: search.arrivedTo },
        ]}
        onApply={(values) => list.filter(values)}
        onReset={() =>
          list.filter({
            q: undefined,
            ...Object.fromEntries(Object.keys(filters).map((name) => [name, undefined])),
          })
        }
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('newcomers.caption')}
            items={items}
            getKey={(newcomer) => newcomer.id}
            columns={columns}
            cardTitle={(newcomer) => <NewcomerNameLink newcomer={newcomer} />}
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
