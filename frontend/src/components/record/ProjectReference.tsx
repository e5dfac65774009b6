import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProjectOptions } from '../../api/project-options';
import { useCan } from '../../auth/me';

/** The project a record belongs to, linked to its page; named once the project list is loaded. */
export function ProjectReference({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation();
  const projects = useProjectOptions();
  const can = useCan();
  if (!projectId) return <>{t('common.none')}</>;
  const project = projects.data?.find((candidate) => candidate.id === projectId);
  if (!can('getProject')) return <>{project ? `${project.name} (${project.code})` : t('common.project')}</>;
  return (
    <Link to="/projects/$projectId" params={{ projectId }} className="kern-link">
      {project ? `${project.name} (${project.code})` : t('common.project')}
    </Link>
  );
}
