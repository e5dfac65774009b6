import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProjectOptions } from '../../../api/project-options';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { useZodForm } from '../../../components/record/form-model';
import { useRecordCreator } from '../../../components/record/useRecordCreator';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useCreateBudgetLine } from '../api/create-budget-line';
import { BudgetLineForm, type ProjectChoice } from '../components/BudgetLineForm';
import { budgetLineFormFields, budgetLineFormSchema, emptyBudgetLineForm, toRequest } from '../components/form-values';

const route = getRouteApi('/budget-lines/new');

export function BudgetLineCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('budget.form.createTitle'));
  const projects = useProjectOptions();

  return (
    <>
      <h1 className="kern-heading-large">{t('budget.form.createTitle')}</h1>
      {/* The project select needs its options before the form sets its value. */}
      {projects.isPending ? <Loading /> : null}
      {projects.isError ? <ErrorAlert error={projects.error} onRetry={() => void projects.refetch()} /> : null}
      {projects.data ? <BudgetLineCreator projects={projects.data} /> : null}
    </>
  );
}

function BudgetLineCreator({ projects }: { projects: readonly ProjectChoice[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { projectId } = route.useSearch();
  const form = useZodForm(budgetLineFormSchema, emptyBudgetLineForm(projectId));
  const create = useCreateBudgetLine();
  const { onSubmit, otherErrors } = useRecordCreator({
    form,
    fields: budgetLineFormFields,
    create: (values) => create.mutateAsync(toRequest(values)),
    onCreated: (line) =>
      navigate({
        to: '/budget-lines/$budgetLineId',
        params: { budgetLineId: line.id },
        state: { flash: t('budget.form.created') },
      }),
  });

  return (
    <BudgetLineForm
      form={form}
      onSubmit={onSubmit}
      submitLabel={t('budget.form.create')}
      otherErrors={otherErrors}
      projects={projects}
      cancel={{ to: '/budget-lines' }}
    />
  );
}
