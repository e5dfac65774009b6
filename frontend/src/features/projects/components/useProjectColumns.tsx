import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/data/DataList';
import { formatDate } from '../../../lib/format';
import type { Project, ProjectSortField } from '../model';
import { ProjectStatusBadge } from './ProjectStatusBadge';

export function ProjectNameLink({ project }: { project: Project }) {
  return (
    <Link to="/projects/$projectId" params={{ projectId: project.id }} className="kern-link">
      {project.name}
    </Link>
  );
}

/** The columns of the projects list (and the facts of a project's card on phones). */
export function useProjectColumns(): Column<Project, ProjectSortField>[] {
  const { t, i18n } = useTranslation();
  const date = (value: string | undefined) => formatDate(value, i18n.language);
  return [
    { id: 'code', header: t('projects.sort.code'), sortField: 'code', cell: (p) => p.code, hideInCard: true },
    {
      id: 'name',
      header: t('projects.sort.name'),
      sortField: 'name',
      cell: (p) => <ProjectNameLink project={p} />,
      hideInCard: true,
    },
    {
      id: 'status',
      header: t('projects.sort.status'),
      sortField: 'status',
      cell: (p) => <ProjectStatusBadge status={p.status} />,
    },
    { id: 'startDate', header: t('projects.sort.startDate'), sortField: 'startDate', cell: (p) => date(p.startDate) },
    { id: 'endDate', header: t('projects.sort.endDate'), sortField: 'endDate', cell: (p) => date(p.endDate) },
    { id: 'funder', header: t('projects.fields.funder'), cell: (p) => p.funder },
  ];
}
