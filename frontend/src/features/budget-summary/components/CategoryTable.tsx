import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../lib/format';
import type { CategoryBudgetSummary } from '../model';
import { ScrollableTable } from '../../../components/data/ScrollableTable';

/** Planned and actual totals per kind (cost, funding) and category. */
export function CategoryTable({ caption, categories }: { caption: string; categories: CategoryBudgetSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollableTable label={caption}>
      <table className="kern-table kern-table--striped budget-table">
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('budgetSummary.category')}
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              {t('budgetSummary.planned')}
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              {t('budgetSummary.actual')}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {categories.map((row) => (
            <tr key={`${row.kind}-${row.category}`} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {categoryLabel(t, row)}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">{formatMoney(row.planned, i18n.language)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatMoney(row.actual, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** `Kosten: Personal`, `Förderung: Landeszuschuss`. */
export function categoryLabel(translate: T, row: Pick<CategoryBudgetSummary, 'kind' | 'category'>): string {
  // Keys built from enum values make TypeScript's key inference over all texts too deep: looked up untyped.
  const t = translate as unknown as (key: string, options?: Record<string, string>) => string;
  return t('budgetSummary.categoryLabel', {
    kind: t(`budget.kind.${row.kind}`),
    category: t(`budget.category.${row.category}`),
  });
}
