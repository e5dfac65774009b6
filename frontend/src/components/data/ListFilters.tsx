import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface SelectFilter {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
}

interface ListFiltersProps {
  q: string | undefined;
  searchHint: string;
  selects?: SelectFilter[];
  /** The new filters; empty ones are undefined. */
  onApply: (values: Record<string, string | undefined>) => void;
  onReset: () => void;
}

/** Search term and select filters; applied on submit, so typing does not fire a request per key. */
export function ListFilters({ q, searchHint, selects = [], onApply, onReset }: ListFiltersProps) {
  const { t } = useTranslation();
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => {
      const raw = data.get(name);
      return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
    };
    onApply(Object.fromEntries(['q', ...selects.map((select) => select.name)].map((name) => [name, value(name)])));
  };

  const active = Boolean(q) || selects.some((select) => select.value !== undefined);

  return (
    <form role="search" className="filters" onSubmit={submit} aria-label={t('common.search')}>
      <div className="kern-form-input filters__query">
        <label className="kern-label" htmlFor={`${id}-q`}>
          {t('common.searchLabel')}
        </label>
        <div className="kern-hint" id={`${id}-q-hint`}>
          {searchHint}
        </div>
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          className="kern-form-input__input"
          defaultValue={q ?? ''}
          aria-describedby={`${id}-q-hint`}
          autoComplete="off"
        />
      </div>
      {selects.map((select) => (
        <div className="kern-form-input filters__select" key={select.name}>
          <label className="kern-label" htmlFor={`${id}-${select.name}`}>
            {select.label}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select
              id={`${id}-${select.name}`}
              name={select.name}
              className="kern-form-input__select"
              defaultValue={select.value ?? ''}
            >
              <option value="">{t('common.all')}</option>
              {select.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      ))}
      <div className="filters__actions">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-icon kern-icon--search" aria-hidden="true" />
          <span className="kern-label">{t('common.search')}</span>
        </button>
        {active ? (
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={onReset}>
            <span className="kern-label">{t('common.resetFilters')}</span>
          </button>
        ) : null}
      </div>
    </form>
  );
}
