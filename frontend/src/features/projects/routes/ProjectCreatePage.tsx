import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useRecordCreator } from '../../../components/record/useRecordCreator';
import { useZodForm } from '../../../components/record/form-model';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useCreateProject } from '../api/create-project';
import { emptyProjectForm, projectFormFields, projectFormSchema, toRequest } from '../components/form-values';
import { ProjectForm } from '../components/ProjectForm';

export function ProjectCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('projects.form.createTitle'));
  const navigate = useNavigate();
  const form = useZodForm(projectFormSchema, emptyProjectForm);
  const create = useCreateProject();
  const { onSubmit, otherErrors } = useRecordCreator({
    form,
    fields: projectFormFields,
    create: (values) => create.mutateAsync(toRequest(values)),
    onCreated: (project) =>
      navigate({ to: '/projects/$projectId', params: { projectId: project.id }, state: { flash: t('projects.form.created') } }),
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
