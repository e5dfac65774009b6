import { useTranslation } from 'react-i18next';
import { formatMoney, formatRate } from '../../../lib/format';
import { type FigureRow, tableFigures, type TableFigure } from '../model';
import { ScrollableTable } from '../../../components/data/ScrollableTable';

export function useFigureText() {
  const { t, i18n } = useTranslation();
  return (row: FigureRow, figure: TableFigure) =>
    figure === 'fundingRate'
      ? row.figures.fundingRate === undefined
        ? t('common.none')
        : formatRate(row.figures.fundingRate, i18n.language)
      : formatMoney(row.figures[figure], i18n.language);
}

interface FiguresTableProps {
  caption: string;
  /** The heading of the first column (Projekt, Haushaltsjahr). */
  rowHeader: string;
  rows: FigureRow[];
  total?: FigureRow;
}

/** Planned and actual cost and funding, the city's share and the funding rate: one row each, and the total. */
export function FiguresTable({ caption, rowHeader, rows, total }: FiguresTableProps) {
  const { t } = useTranslation();
  const text = useFigureText();
  const cells = (row: FigureRow) =>
    tableFigures.map((figure) => (
      <td key={figure} className="kern-table__cell kern-table__cell--numeric" data-figure={figure}>
        {text(row, figure)}
      </td>
    ));
  return (
    <ScrollableTable label={caption}>
      <table className="kern-table kern-table--striped budget-table">
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {rowHeader}
            </th>
            {tableFigures.map((figure) => (
              <th key={figure} scope="col" className="kern-table__header kern-table__header--numeric">
                {t(`budgetSummary.figures.${figure}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {row.label}
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <tr className="kern-table__row budget-table__total">
              <th scope="row" className="kern-table__header">
                {total.label}
              </th>
              {cells(total)}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </ScrollableTable>
  );
}
