import { useTranslation } from 'react-i18next';
import { type SortState, toggleSort } from './sort';

interface SortableHeaderProps<F extends string> {
  field: F;
  label: string;
  sort: SortState<F> | undefined;
  onSort: (sort: string) => void;
  numeric?: boolean;
}

/** A column header that sorts by its field; announces the current order via aria-sort. */
export function SortableHeader<F extends string>({ field, label, sort, onSort, numeric }: SortableHeaderProps<F>) {
  const { t } = useTranslation();
  const active = sort?.field === field;
  const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : undefined;
  const className = numeric ? 'kern-table__header kern-table__header--numeric' : 'kern-table__header';
  return (
    <th scope="col" className={className} aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort(toggleSort(sort, field))}>
        {label}
        <span
          className={`kern-icon kern-icon--small ${
            active ? (sort.descending ? 'kern-icon--arrow-down' : 'kern-icon--arrow-up') : 'sort-button__idle'
          }`}
          aria-hidden="true"
        />
        {active ? (
          <span className="kern-sr-only">
            {', '}
            {sort.descending ? t('common.sortedDescending') : t('common.sortedAscending')}
          </span>
        ) : null}
      </button>
    </th>
  );
}
