import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Alert } from '../../../components/feedback/Alert';
import { ConfirmDialog } from '../../../components/feedback/ConfirmDialog';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { useDeleteProject } from '../api/delete-project';
import type { Project } from '../model';

/** Delete button with confirmation; a refused delete (409) shows the server's reason. */
export function DeleteProject({ project }: { project: Project }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const remove = useDeleteProject();

  const close = () => {
    setOpen(false);
    remove.reset();
  };

  const confirm = () => {
    remove.mutate(project.id, {
      onSuccess: () =>
        void navigate({ to: '/projects', state: { flash: t('projects.delete.deleted', { name: project.name }) } }),
    });
  };

  const blocked = remove.error instanceof ApiError && remove.error.status === 409 ? remove.error : null;

  return (
    <>
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setOpen(true)}>
        <span className="kern-icon kern-icon--delete" aria-hidden="true" />
        <span className="kern-label">{t('common.delete')}</span>
      </button>
      <ConfirmDialog
        open={open}
        title={t('projects.delete.title')}
        confirmLabel={t('projects.delete.action')}
        busy={remove.isPending || blocked !== null}
        danger
        onConfirm={confirm}
        onCancel={close}
      >
        <p className="kern-body">{t('projects.delete.confirm', { name: project.name })}</p>
        {blocked ? (
          <Alert variant="danger" title={t('projects.delete.blocked')} role="alert" headingLevel={3}>
            <p className="kern-body">{blocked.problem.detail ?? blocked.problem.title}</p>
          </Alert>
        ) : remove.isError ? (
          <ErrorAlert error={remove.error} />
        ) : null}
      </ConfirmDialog>
    </>
  );
}
