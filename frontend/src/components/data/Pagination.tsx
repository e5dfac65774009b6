import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';

export const pageSizes = [10, 20, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];
export const defaultPageSize: PageSize = 20;

interface PaginationProps {
  /** One-based, as shown to people and held in the URL. */
  page: number;
  size: number;
  total: number;
  onPageChange: (page: number) => void;
  onSizeChange: (size: PageSize) => void;
}

/** Previous/next navigation, position and page size of a list. */
export function Pagination({ page, size, total, onPageChange, onSizeChange }: PaginationProps) {
  const { t, i18n } = useTranslation();
  const sizeId = useId();
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <div className="pagination">
      <p className="kern-body pagination__range" aria-live="polite">
        {t('common.range', { from: n(from), to: n(to), total: n(total) })}
      </p>
      <nav aria-label={t('pagination.label')} className="pagination__nav">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={page <= 1}
          onClick={() => onPageChange(page - 1)}
        >
          <span className="kern-icon kern-icon--chevron-left" aria-hidden="true" />
          <span className="kern-label">{t('pagination.previous')}</span>
        </button>
        <span className="kern-body pagination__position">{t('pagination.page', { page: n(page), pages: n(pages) })}</span>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={page >= pages}
          onClick={() => onPageChange(page + 1)}
        >
          <span className="kern-label">{t('pagination.next')}</span>
          <span className="kern-icon kern-icon--chevron-right" aria-hidden="true" />
        </button>
      </nav>
      <div className="kern-form-input pagination__size">
        <label className="kern-label" htmlFor={sizeId}>
          {t('common.perPage')}
        </label>
        <div className="kern-form-input__select-wrapper">
          <select
            id={sizeId}
            className="kern-form-input__select"
            value={size}
            onChange={(event) => onSizeChange(Number(event.target.value) as PageSize)}
          >
            {pageSizes.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
