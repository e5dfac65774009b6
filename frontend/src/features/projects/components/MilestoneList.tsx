import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { formatDate } from '../../../lib/format';
import { useMilestones } from '../api/list-milestones';
import type { MilestoneStatus } from '../model';

const badge: Record<MilestoneStatus, string> = {
  PLANNED: 'kern-badge--info',
  IN_PROGRESS: 'kern-badge--warning',
  ACHIEVED: 'kern-badge--success',
  DROPPED: 'kern-badge--danger',
};

/** The milestones of a project in planned order. */
export function MilestoneList({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const query = useMilestones(projectId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <p className="kern-body">{t('projects.detail.noMilestones')}</p>;
  return (
    <ol className="milestones">
      {query.data.items.map((milestone) => (
        <li key={milestone.id} className="milestones__item">
          <div className="milestones__head">
            <h3 className="kern-title kern-title--small">{milestone.title}</h3>
            <span className={`kern-badge ${badge[milestone.status]}`}>
              <span className="kern-label">{t(`projects.milestoneStatus.${milestone.status}`)}</span>
            </span>
          </div>
          {milestone.description ? <p className="kern-body">{milestone.description}</p> : null}
          <p className="kern-body kern-body--small kern-body--muted">
            {milestone.plannedDate
              ? `${t('projects.detail.plannedDate')}: ${formatDate(milestone.plannedDate, i18n.language)}`
              : null}
            {milestone.plannedDate && milestone.achievedDate ? ' · ' : null}
            {milestone.achievedDate
              ? `${t('projects.detail.achievedDate')}: ${formatDate(milestone.achievedDate, i18n.language)}`
              : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
