import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../feedback/ErrorAlert';
import { Loading } from '../feedback/Loading';
import { Pagination, type PageSize } from './Pagination';

interface PageOf<T> {
  items: T[];
  total: number;
}

interface ListResultsProps<T> {
  query: UseQueryResult<PageOf<T>>;
  page: number;
  size: number;
  onPageChange: (page: number) => void;
  onSizeChange: (size: PageSize) => void;
  children: (items: T[]) => ReactNode;
}

/** Loading, error, count, the items and the pagination of one list page. */
export function ListResults<T>({ query, page, size, onPageChange, onSizeChange, children }: ListResultsProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const { items, total } = query.data;
  return (
    <section aria-busy={query.isFetching} className="list-result">
      <p className="kern-body kern-body--muted" role="status">
        {t('common.results', { count: total })}
      </p>
      {items.length === 0 ? <p className="kern-body">{t('common.noResults')}</p> : children(items)}
      {total > 0 ? (
        <Pagination page={page} size={size} total={total} onPageChange={onPageChange} onSizeChange={onSizeChange} />
      ) : null}
    </section>
  );
}
