import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Alert } from '../../../components/feedback/Alert';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { projectQueryOptions, useProject } from '../api/get-project';
import { useReplaceProject } from '../api/replace-project';
import { type ProjectFormValues, projectFormFields, sameValue, toFormValues, toRequest } from '../components/form-values';
import { ProjectForm } from '../components/ProjectForm';
import { applyServerErrors, useProjectForm } from '../components/useProjectForm';
import { VersionConflict } from '../components/VersionConflict';
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

interface Conflict {
  current: Project;
  yours: ProjectFormValues;
}

function ProjectEditor({ initial }: { initial: Project }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const replace = useReplaceProject();
  // The stored version the user's edits are based on; it moves on when a conflict is resolved.
  const [base, setBase] = useState<Project>(initial);
  const form = useProjectForm(toFormValues(initial));
  const [otherErrors, setOtherErrors] = useState<SummaryEntry[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [applied, setApplied] = useState<number | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setOtherErrors([]);
    setApplied(null);
    try {
      const saved = await replace.mutateAsync({ id: base.id, body: toRequest(values, base.version) });
      await navigate({
        to: '/projects/$projectId',
        params: { projectId: saved.id },
        state: { flash: t('projects.form.saved') },
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.kind !== 'duplicate') {
        // Someone else saved first: nothing was written. Load what is stored now; keep the input.
        try {
          const current = await queryClient.fetchQuery({ ...projectQueryOptions(base.id), staleTime: 0 });
          setConflict({ current, yours: values });
        } catch {
          setOtherErrors([{ label: '', message: t('projects.conflict.loadFailed') }]);
        }
        return;
      }
      setOtherErrors(applyServerErrors(form, error, t));
    }
  });

  /** The user's changes on top of the stored version: their fields win, all others are taken over. */
  const applyOnTop = () => {
    if (!conflict) return;
    const before = toFormValues(base);
    form.reset(toFormValues(conflict.current));
    for (const field of projectFormFields) {
      if (!sameValue(conflict.yours[field], before[field])) {
        form.setValue(field, conflict.yours[field], { shouldDirty: true });
      }
    }
    setBase(conflict.current);
    setApplied(conflict.current.version);
    setConflict(null);
  };

  const discardMine = () => {
    if (!conflict) return;
    form.reset(toFormValues(conflict.current));
    setBase(conflict.current);
    setConflict(null);
  };

  return (
    <>
      <h1 className="kern-heading-large">{t('projects.form.editTitle', { name: base.name })}</h1>
      <ProjectForm
        form={form}
        onSubmit={onSubmit}
        submitLabel={t('common.save')}
        otherErrors={otherErrors}
        cancel={{ to: '/projects/$projectId', params: { projectId: base.id } }}
        notice={
          conflict ? (
            <VersionConflict
              base={base}
              current={conflict.current}
              yours={conflict.yours}
              onApply={applyOnTop}
              onDiscard={discardMine}
            />
          ) : applied !== null ? (
            <Alert variant="info" title={t('projects.conflict.applied', { version: applied })} role="status" />
          ) : null
        }
      />
    </>
  );
}
