import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../auth/me';
import { Alert } from '../../../components/feedback/Alert';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { DeleteRecord } from '../../../components/record/DeleteRecord';
import { formatDate } from '../../../lib/format';
import { useDeleteMilestone } from '../api/delete-milestone';
import { useMilestones } from '../api/list-milestones';
import type { Milestone, MilestoneStatus } from '../model';
import { MilestoneCreator, MilestoneEditor } from './MilestoneForm';

const badge: Record<MilestoneStatus, string> = {
  PLANNED: 'kern-badge--info',
  IN_PROGRESS: 'kern-badge--warning',
  ACHIEVED: 'kern-badge--success',
  DROPPED: 'kern-badge--danger',
};

const addButtonId = 'milestone-add';
const editButtonId = (milestone: Milestone) => `milestone-edit-${milestone.id}`;

/** Moves the focus once React has rendered the element (back to the button that opened a form). */
function focusLater(elementId: string) {
  window.setTimeout(() => document.getElementById(elementId)?.focus(), 0);
}

/** The milestones of a project in planned order; add, edit and delete them in place. */
export function MilestoneList({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const query = useMilestones(projectId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const done = (text: string, focus: string) => {
    setMessage(text);
    focusLater(focus);
  };

  return (
    <>
      {message ? <Alert variant="success" title={message} role="status" /> : null}
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? <p className="kern-body">{t('projects.detail.noMilestones')}</p> : null}
      {query.data && query.data.items.length > 0 ? (
        <ol className="milestones">
          {query.data.items.map((milestone) => (
            <li key={milestone.id} className="milestones__item">
              {editing === milestone.id ? (
                <MilestoneEditor
                  key={milestone.id}
                  projectId={projectId}
                  milestone={milestone}
                  onClose={() => {
                    setEditing(null);
                    focusLater(editButtonId(milestone));
                  }}
                  onSaved={(saved) => {
                    setEditing(null);
                    done(t('projects.milestones.saved', { title: saved.title }), editButtonId(milestone));
                  }}
                />
              ) : (
                <MilestoneItem
                  projectId={projectId}
                  milestone={milestone}
                  onEdit={() => {
                    setMessage(null);
                    setAdding(false);
                    setEditing(milestone.id);
                  }}
                  onDeleted={() => done(t('projects.milestones.deleted', { title: milestone.title }), addButtonId)}
                />
              )}
            </li>
          ))}
        </ol>
      ) : null}
      {adding ? (
        <MilestoneCreator
          projectId={projectId}
          onClose={() => {
            setAdding(false);
            focusLater(addButtonId);
          }}
          onCreated={(created) => {
            setAdding(false);
            done(t('projects.milestones.added', { title: created.title }), addButtonId);
          }}
        />
      ) : can('createMilestone') ? (
        <p>
          <button
            type="button"
            id={addButtonId}
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setMessage(null);
              setEditing(null);
              setAdding(true);
            }}
          >
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t('projects.milestones.add')}</span>
          </button>
        </p>
      ) : null}
    </>
  );
}

interface MilestoneItemProps {
  projectId: string;
  milestone: Milestone;
  onEdit: () => void;
  onDeleted: () => void;
}

function MilestoneItem({ projectId, milestone, onEdit, onDeleted }: MilestoneItemProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const deletion = useDeleteMilestone(projectId, milestone.id);
  return (
    <>
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
      <div className="form-actions">
        {can('replaceMilestone') ? (
          <button
            type="button"
            id={editButtonId(milestone)}
            className="kern-btn kern-btn--secondary kern-btn--small"
            aria-label={t('projects.milestones.editLabel', { title: milestone.title })}
            onClick={onEdit}
          >
            <span className="kern-icon kern-icon--edit" aria-hidden="true" />
            <span className="kern-label">{t('common.edit')}</span>
          </button>
        ) : null}
        {can('deleteMilestone') ? (
          <DeleteRecord
            mutation={deletion}
            title={t('projects.milestones.deleteTitle')}
            question={t('projects.milestones.deleteConfirm', { title: milestone.title })}
            blockedTitle={t('projects.milestones.deleteBlocked')}
            onDeleted={onDeleted}
            small
            buttonLabel={t('projects.milestones.deleteLabel', { title: milestone.title })}
          />
        ) : null}
      </div>
    </>
  );
}
