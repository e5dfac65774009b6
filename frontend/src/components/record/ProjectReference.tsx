import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProjectOptions } from '../../api/project-options';

/** The project a record belongs to, linked to its page; named once the project list is loaded. */
export function ProjectReference({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation();
  const projects = useProjectOptions();
  if (!projectId) return <>{t('common.none')}</>;
  const project = projects.data?.find((candidate) => candidate.id === projectId);
  return (
    <Link to="/projects/$projectId" params={{ projectId }} className="kern-link">
      {project ? `${project.name} (${project.code})` : t('common.project')}
    </Link>
  );
}
