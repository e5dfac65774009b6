import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { useZodForm } from '../../../components/record/form-model';
import { useRecordEditor } from '../../../components/record/useRecordEditor';
import { VersionConflict } from '../../../components/record/VersionConflict';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { formatDate } from '../../../lib/format';
import { projectQueryOptions, useProject } from '../api/get-project';
import { useReplaceProject } from '../api/replace-project';
import {
  type ProjectFormField,
  projectFormModel,
  projectFormSchema,
  type ProjectFormValues,
  toFormValues,
  toRequest,
} from '../components/form-values';
import { ProjectForm } from '../components/ProjectForm';
import type { Project } from '../model';

const route = getRouteApi('/projects/$projectId/edit');

export function ProjectEditPage() {
  const { t } = useTranslation();
  const { projectId } = route.useParams();
  const query = useProject(projectId);
  useDocumentTitle(query.data ? t('projects.form.editTitle', { name: query.data.name }) : t('projects.title'));

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  // Keyed by id only: a refetch in the background must not reset what the user is typing.
  return <ProjectEditor key={query.data.id} initial={query.data} />;
}

function ProjectEditor({ initial }: { initial: Project }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const replace = useReplaceProject();
  const form = useZodForm(projectFormSchema, toFormValues(initial));
  const editor = useRecordEditor({
    initial,
    model: projectFormModel,
    form,
    save: (values, base) => replace.mutateAsync({ id: base.id, body: toRequest(values, base.version) }),
    reload: (base) => queryClient.fetchQuery({ ...projectQueryOptions(base.id), staleTime: 0 }),
    onSaved: (saved) =>
      navigate({ to: '/projects/$projectId', params: { projectId: saved.id }, state: { flash: t('projects.form.saved') } }),
  });

  const show = (field: ProjectFormField, values: ProjectFormValues): string => {
    if (field === 'status') return t(`projects.status.${values.status}`);
    if (field === 'actionFields') return values.actionFields.map((f) => t(`projects.actionField.${f}`)).join(', ');
    if (field === 'startDate' || field === 'endDate') return formatDate(values[field], i18n.language);
    return values[field];
  };

  return (
    <>
      <h1 className="kern-heading-large">{t('projects.form.editTitle', { name: editor.base.name })}</h1>
      <ProjectForm
        form={form}
        onSubmit={editor.onSubmit}
        submitLabel={t('common.save')}
        otherErrors={editor.otherErrors}
        cancel={{ to: '/projects/$projectId', params: { projectId: editor.base.id } }}
        notice={<VersionConflict editor={editor} label={(field) => t(`projects.fields.${field}`)} show={show} />}
      />
    </>
  );
}
