import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectOptions } from '../../../api/project-options';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { useZodForm } from '../../../components/record/form-model';
import { useRecordEditor } from '../../../components/record/useRecordEditor';
import { VersionConflict } from '../../../components/record/VersionConflict';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { formatMoney } from '../../../lib/format';
import { budgetLineQueryOptions, useBudgetLine } from '../api/get-budget-line';
import { useReplaceBudgetLine } from '../api/replace-budget-line';
import { BudgetLineForm, type ProjectChoice } from '../components/BudgetLineForm';
import {
  type BudgetLineFormField,
  budgetLineFormModel,
  budgetLineFormSchema,
  type BudgetLineFormValues,
  toFormValues,
  toRequest,
} from '../components/form-values';
import type { BudgetLine } from '../model';
import { parseMoneyInput } from '../money-input';

const route = getRouteApi('/budget-lines/$budgetLineId/edit');

export function BudgetLineEditPage() {
  const { t } = useTranslation();
  const { budgetLineId } = route.useParams();
  const query = useBudgetLine(budgetLineId);
  const projects = useProjectOptions();
  useDocumentTitle(query.data ? t('budget.form.editTitle', { name: query.data.description }) : t('budget.title'));

  if (query.isPending || projects.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (projects.isError) return <ErrorAlert error={projects.error} onRetry={() => void projects.refetch()} />;
  // Keyed by id only: a refetch in the background must not reset what the user is typing.
  return <BudgetLineEditor key={query.data.id} initial={query.data} projects={projects.data} />;
}

function BudgetLineEditor({ initial, projects }: { initial: BudgetLine; projects: readonly ProjectChoice[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const replace = useReplaceBudgetLine();
  // Amounts are shown in the language the form was opened in; German and English input are both read back.
  const [language] = useState(i18n.language);
  const model = useMemo(() => budgetLineFormModel(language), [language]);
  const form = useZodForm(budgetLineFormSchema, toFormValues(initial, language));
  const editor = useRecordEditor({
    initial,
    model,
    form,
    save: (values, base) => replace.mutateAsync({ id: base.id, body: toRequest(values, base.version) }),
    reload: (base) => queryClient.fetchQuery({ ...budgetLineQueryOptions(base.id), staleTime: 0 }),
    onSaved: (saved) =>
      navigate({
        to: '/budget-lines/$budgetLineId',
        params: { budgetLineId: saved.id },
        state: { flash: t('budget.form.saved') },
      }),
  });

  /** A field's value as a reader sees it in the conflict table. */
  const show = (field: BudgetLineFormField, values: BudgetLineFormValues): string => {
    switch (field) {
      case 'projectId': {
        const project = projects.find((candidate) => candidate.id === values.projectId);
        return project ? `${project.code} – ${project.name}` : values.projectId;
      }
      case 'kind':
        return t(`budget.kind.${values.kind}`);
      case 'category':
        return values.category ? t(`budget.category.${values.category}`) : '';
      case 'plannedAmount':
      case 'actualAmount': {
        const parsed = parseMoneyInput(values[field]);
        return 'amount' in parsed && values[field].trim() !== '' ? formatMoney(parsed.amount, i18n.language) : values[field];
      }
      default:
        return values[field];
    }
  };

  return (
    <>
      <h1 className="kern-heading-large">{t('budget.form.editTitle', { name: editor.base.description })}</h1>
      <BudgetLineForm
        form={form}
        onSubmit={editor.onSubmit}
        submitLabel={t('common.save')}
        otherErrors={editor.otherErrors}
        projects={projects}
        cancel={{ to: '/budget-lines/$budgetLineId', params: { budgetLineId: editor.base.id } }}
        notice={<VersionConflict editor={editor} label={(field) => t(`budget.fields.${field}`)} show={show} />}
      />
    </>
  );
}
