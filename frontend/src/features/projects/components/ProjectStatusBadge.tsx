import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../model';

const variants: Record<ProjectStatus, string> = {
  PLANNING: 'kern-badge--info',
  RUNNING: 'kern-badge--success',
  COMPLETED: 'badge-neutral',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge ${variants[status]}`}>
      <span className="kern-label">{t(`projects.status.${status}`)}</span>
    </span>
  );
}
