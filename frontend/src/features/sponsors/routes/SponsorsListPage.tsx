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
import { useSponsors } from '../api/list-sponsors';
import { SponsorNameLink, useSponsorColumns } from '../components/useSponsorColumns';
import { defaultSponsorSort, sponsorSortFields, type SponsorSortField, sponsorStatuses } from '../model';
import type { SponsorListSearch } from './search';

const route = getRouteApi('/sponsors');

const booleanOf = (value: string | undefined) => (value === undefined ? undefined : value === 'true');

export function SponsorsListPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('sponsors.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<SponsorListSearch>((update) => void navigate({ search: update }));
  const params = pageParams(search, defaultSponsorSort);
  const filters = {
    status: search.status,
    trained: search.trained,
    language: search.language,
    district: search.district,
    projectId: search.projectId,
  };
  const query = useSponsors({ ...params, ...filters });
  const columns = useSponsorColumns();
  const projects = useProjectOptions();

  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t('sponsors.title')}</h1>
        <Allowed operation="createSponsor">
          <Link to="/sponsors/new" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t('sponsors.new')}</span>
          </Link>
        </Allowed>
      </div>
      <p className="kern-body page-intro">{t('sponsors.intro')}</p>
      <Flash />
      <ListFilters
        key={`${JSON.stringify([search.q, filters])}|${projects.isSuccess}`}
        q={search.q}
        searchHint={t('sponsors.searchHint')}
        selects={[
          {
            name: 'status',
            label: t('sponsors.fields.status'),
            value: search.status,
            options: sponsorStatuses.map((value) => ({ value, label: t(`sponsors.status.${value}`) })),
          },
          {
            name: 'trained',
            label: t('sponsors.fields.trained'),
            value: search.trained === undefined ? undefined : String(search.trained),
            options: [
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ],
          },
          {
            name: 'language',
            label: t('sponsors.filters.language'),
            value: search.language,
            options: languageFilterOptions(i18n.language, search.language),
          },
          {
            name: 'projectId',
            label: t('sponsors.filters.project'),
            value: search.projectId,
            options: (projects.data ?? []).map((project) => ({ value: project.id, label: `${project.code} – ${project.name}` })),
          },
        ]}
        texts={[{ name: 'district', label: t('sponsors.fields.district'), value: search.district }]}
        onApply={({ trained, status, ...values }) =>
          list.filter({ ...values, status: status as SponsorListSearch['status'], trained: booleanOf(trained) })
        }
        onReset={() =>
          list.filter({
            q: undefined,
            status: undefined,
            trained: undefined,
            language: undefined,
            district: undefined,
            projectId: undefined,
          })
        }
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('sponsors.caption')}
            items={items}
            getKey={(sponsor) => sponsor.id}
            columns={columns}
            cardTitle={(sponsor) => <SponsorNameLink sponsor={sponsor} />}
            sort={parseSort<SponsorSortField>(params.sort)}
            sortFields={sponsorSortFields}
            sortLabel={(field) => t(`sponsors.fields.${field}`)}
            onSort={list.sort}
          />
        )}
      </ListResults>
    </>
  );
}
