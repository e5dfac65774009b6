import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DeleteRecord } from '../../../components/record/DeleteRecord';
import { useDeleteProject } from '../api/delete-project';
import type { Project } from '../model';

export function DeleteProject({ project }: { project: Project }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <DeleteRecord
      mutation={useDeleteProject(project.id)}
      title={t('projects.delete.title')}
      question={t('projects.delete.confirm', { name: project.name })}
      blockedTitle={t('projects.delete.blocked')}
      onDeleted={() => navigate({ to: '/projects', state: { flash: t('projects.delete.deleted', { name: project.name }) } })}
    />
  );
}
