import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useCreateProject } from '../api/create-project';
import { emptyProjectForm, toRequest } from '../components/form-values';
import { ProjectForm } from '../components/ProjectForm';
import { applyServerErrors, useProjectForm } from '../components/useProjectForm';

export function ProjectCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('projects.form.createTitle'));
  const navigate = useNavigate();
  const form = useProjectForm(emptyProjectForm);
  const create = useCreateProject();
  const [otherErrors, setOtherErrors] = useState<SummaryEntry[]>([]);

  const onSubmit = form.handleSubmit(async (values) => {
    setOtherErrors([]);
    try {
      const project = await create.mutateAsync(toRequest(values));
      await navigate({
        to: '/projects/$projectId',
        params: { projectId: project.id },
        state: { flash: t('projects.form.created') },
      });
    } catch (error) {
      setOtherErrors(applyServerErrors(form, error, t));
    }
  });

  return (
    <>
      <h1 className="kern-heading-large">{t('projects.form.createTitle')}</h1>
      <ProjectForm
        form={form}
        onSubmit={onSubmit}
        submitLabel={t('projects.form.create')}
        otherErrors={otherErrors}
        cancel={{ to: '/projects' }}
      />
    </>
  );
}
