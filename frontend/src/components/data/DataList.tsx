import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { phoneQuery, useMediaQuery } from '../../hooks/useMediaQuery';
import { formatSort, type SortState } from './sort';
import { SortableHeader } from './SortableHeader';
import { ScrollableTable } from './ScrollableTable';

export interface Column<T, F extends string> {
  id: string;
  header: string;
  cell: (item: T) => ReactNode;
  /** The API field this column sorts by, if any. */
  sortField?: F;
  numeric?: boolean;
  /** Leave out of the phone card (e.g. because the card's title shows it). */
  hideInCard?: boolean;
}

interface DataListProps<T, F extends string> {
  caption: string;
  items: T[];
  getKey: (item: T) => string;
  columns: Column<T, F>[];
  /** The card's heading on phones, usually the item's name (as a link where there is a page). */
  cardTitle: (item: T) => ReactNode;
  cardPreline?: (item: T) => ReactNode;
  sort: SortState<F> | undefined;
  sortFields: readonly F[];
  sortLabel: (field: F) => string;
  onSort: (sort: string) => void;
}

/**
 * A list that is a sortable table on larger screens and a list of cards on phones, where a
 * select takes over the column headers' sorting.
 */
export function DataList<T, F extends string>(props: DataListProps<T, F>) {
  const isPhone = useMediaQuery(phoneQuery);
  return isPhone ? <CardList {...props} /> : <Table {...props} />;
}

function Table<T, F extends string>({ caption, items, getKey, columns, sort, onSort }: DataListProps<T, F>) {
  return (
    <ScrollableTable label={caption}>
      <table className="kern-table kern-table--striped">
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {columns.map((column) =>
              column.sortField ? (
                <SortableHeader
                  key={column.id}
                  field={column.sortField}
                  label={column.header}
                  sort={sort}
                  onSort={onSort}
                  numeric={column.numeric}
                />
              ) : (
                <th
                  key={column.id}
                  scope="col"
                  className={column.numeric ? 'kern-table__header kern-table__header--numeric' : 'kern-table__header'}
                >
                  {column.header}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {items.map((item) => (
            <tr key={getKey(item)} className="kern-table__row">
              {columns.map((column) => (
                <td
                  key={column.id}
                  className={column.numeric ? 'kern-table__cell kern-table__cell--numeric' : 'kern-table__cell'}
                >
                  {column.cell(item)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

function CardList<T, F extends string>({
  caption,
  items,
  getKey,
  columns,
  cardTitle,
  cardPreline,
  sort,
  sortFields,
  sortLabel,
  onSort,
}: DataListProps<T, F>) {
  const { t } = useTranslation();
  const sortId = useId();
  return (
    <>
      <div className="kern-form-input card-sort">
        <label className="kern-label" htmlFor={sortId}>
          {t('common.sortBy')}
        </label>
        <div className="kern-form-input__select-wrapper">
          <select
            id={sortId}
            className="kern-form-input__select"
            value={sort ? formatSort(sort) : ''}
            onChange={(event) => onSort(event.target.value)}
          >
            {sortFields.flatMap((field) => [
              <option key={field} value={field}>
                {t('common.sortAscending', { field: sortLabel(field) })}
              </option>,
              <option key={`-${field}`} value={`-${field}`}>
                {t('common.sortDescending', { field: sortLabel(field) })}
              </option>,
            ])}
          </select>
        </div>
      </div>
      <ul className="card-list" aria-label={caption}>
        {items.map((item) => (
          <li key={getKey(item)} className="kern-card card-list__item">
            <div className="kern-card__container">
              <div className="kern-card__header">
                {cardPreline ? <p className="kern-preline">{cardPreline(item)}</p> : null}
                <h2 className="kern-title">{cardTitle(item)}</h2>
              </div>
              <div className="kern-card__body">
                <dl className="card-facts">
                  {columns
                    .filter((column) => !column.hideInCard)
                    .map((column) => (
                      <div key={column.id}>
                        <dt>{column.header}</dt>
                        <dd>{column.cell(item)}</dd>
                      </div>
                    ))}
                </dl>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
