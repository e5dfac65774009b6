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
import { useProjects } from '../api/list-projects';
import { ProjectNameLink, useProjectColumns } from '../components/useProjectColumns';
import { actionFields, defaultProjectSort, projectSortFields, type ProjectSortField, projectStatuses } from '../model';
import type { ProjectListSearch } from './search';

const route = getRouteApi('/projects');

export function ProjectsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('projects.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<ProjectListSearch>((update) => void navigate({ search: update }));
  const params = pageParams(search, defaultProjectSort);
  const filters = {
    status: search.status,
    actionField: search.actionField,
    funder: search.funder,
    activeOn: search.activeOn,
  };
  const query = useProjects({ ...params, ...filters });
  const columns = useProjectColumns();

  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t('projects.title')}</h1>
        <Allowed operation="createProject">
          <Link to="/projects/new" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t('projects.new')}</span>
          </Link>
        </Allowed>
      </div>
      <p className="kern-body page-intro">{t('projects.intro')}</p>
      <Flash />
      <ListFilters
        key={JSON.stringify([search.q, filters])}
        q={search.q}
        searchHint={t('projects.searchHint')}
        selects={[
          {
            name: 'status',
            label: t('projects.statusFilter'),
            value: search.status,
            options: projectStatuses.map((value) => ({ value, label: t(`projects.status.${value}`) })),
          },
          {
            name: 'actionField',
            label: t('projects.filters.actionField'),
            value: search.actionField,
            options: actionFields.map((value) => ({ value, label: t(`projects.actionField.${value}`) })),
          },
        ]}
        texts={[{ name: 'funder', label: t('projects.fields.funder'), value: search.funder }]}
        dates={[{ name: 'activeOn', label: t('projects.filters.activeOn'), value: search.activeOn }]}
        onApply={(values) => list.filter(values)}
        onReset={() =>
          list.filter({ q: undefined, status: undefined, actionField: undefined, funder: undefined, activeOn: undefined })
        }
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('projects.caption')}
            items={items}
            getKey={(project) => project.id}
            columns={columns}
            cardTitle={(project) => <ProjectNameLink project={project} />}
            cardPreline={(project) => project.code}
            sort={parseSort<ProjectSortField>(params.sort)}
            sortFields={projectSortFields}
            sortLabel={(field) => t(`projects.sort.${field}`)}
            onSort={list.sort}
          />
        )}
      </ListResults>
    </>
  );
}
