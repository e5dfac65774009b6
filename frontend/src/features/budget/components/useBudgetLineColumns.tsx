import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProjectOptions } from '../../../api/project-options';
import type { Column } from '../../../components/data/DataList';
import { formatMoney } from '../../../lib/format';
import type { BudgetLine, BudgetSortField } from '../model';

export function BudgetLineLink({ line }: { line: BudgetLine }) {
  return (
    <Link to="/budget-lines/$budgetLineId" params={{ budgetLineId: line.id }} className="kern-link">
      {line.description}
    </Link>
  );
}

/** Columns of the budget lines list; amounts are exact decimal strings formatted by Intl. */
export function useBudgetLineColumns(): Column<BudgetLine, BudgetSortField>[] {
  const { t, i18n } = useTranslation();
  const projects = useProjectOptions();
  const projectCode = (id: string) => projects.data?.find((project) => project.id === id)?.code ?? '';
  const money = (amount: string | undefined) => formatMoney(amount, i18n.language);
  return [
    { id: 'project', header: t('budget.fields.project'), cell: (line) => projectCode(line.projectId) },
    { id: 'fiscalYear', header: t('budget.fields.fiscalYear'), sortField: 'fiscalYear', cell: (line) => line.fiscalYear },
    { id: 'kind', header: t('budget.fields.kind'), sortField: 'kind', cell: (line) => t(`budget.kind.${line.kind}`) },
    {
      id: 'category',
      header: t('budget.fields.category'),
      sortField: 'category',
      cell: (line) => t(`budget.category.${line.category}`),
    },
    {
      id: 'description',
      header: t('budget.fields.description'),
      sortField: 'description',
      cell: (line) => <BudgetLineLink line={line} />,
      hideInCard: true,
    },
    {
      id: 'plannedAmount',
      header: t('budget.fields.plannedAmount'),
      sortField: 'plannedAmount',
      numeric: true,
      cell: (line) => money(line.plannedAmount),
    },
    {
      id: 'actualAmount',
      header: t('budget.fields.actualAmount'),
      sortField: 'actualAmount',
      numeric: true,
      cell: (line) => money(line.actualAmount),
    },
    { id: 'costCentre', header: t('budget.fields.costCentre'), cell: (line) => line.costCentre },
    { id: 'budgetItem', header: t('budget.fields.budgetItem'), cell: (line) => line.budgetItem },
  ];
}
