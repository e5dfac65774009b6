import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DeleteRecord } from '../../../components/record/DeleteRecord';
import { useDeleteBudgetLine } from '../api/delete-budget-line';
import type { BudgetLine } from '../model';

export function DeleteBudgetLine({ line }: { line: BudgetLine }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <DeleteRecord
      mutation={useDeleteBudgetLine(line.id)}
      title={t('budget.delete.title')}
      question={t('budget.delete.confirm', { name: line.description, year: line.fiscalYear })}
      blockedTitle={t('budget.delete.blocked')}
      onDeleted={() =>
        navigate({
          to: '/budget-lines',
          state: { flash: t('budget.delete.deleted', { name: line.description }) },
        })
      }
    />
  );
}
