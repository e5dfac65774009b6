import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface SelectFilter {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
}

export interface DateFilter {
  name: string;
  label: string;
  /** `YYYY-MM-DD` */
  value: string | undefined;
}

export interface TextFilter {
  name: string;
  label: string;
  value: string | undefined;
  /** `numeric` for years and other numbers: phones show their number pad. */
  inputMode?: 'text' | 'numeric';
}

interface ListFiltersProps {
  q: string | undefined;
  searchHint: string;
  selects?: SelectFilter[];
  dates?: DateFilter[];
  texts?: TextFilter[];
  /** The new filters; empty ones are undefined. */
  onApply: (values: Record<string, string | undefined>) => void;
  onReset: () => void;
}

/** Search term and select filters; applied on submit, so typing does not fire a request per key. */
export function ListFilters({ q, searchHint, selects = [], dates = [], texts = [], onApply, onReset }: ListFiltersProps) {
  const { t } = useTranslation();
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => {
      const raw = data.get(name);
      return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
    };
    const names = [
      'q',
      ...selects.map((select) => select.name),
      ...dates.map((date) => date.name),
      ...texts.map((text) => text.name),
    ];
    onApply(Object.fromEntries(names.map((name) => [name, value(name)])));
  };

  const active = Boolean(q) || [...selects, ...dates, ...texts].some((filter) => filter.value !== undefined);

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
      {dates.map((date) => (
        <div className="kern-form-input filters__select" key={date.name}>
          <label className="kern-label" htmlFor={`${id}-${date.name}`}>
            {date.label}
          </label>
          <input
            id={`${id}-${date.name}`}
            name={date.name}
            type="date"
            className="kern-form-input__input"
            defaultValue={date.value ?? ''}
          />
        </div>
      ))}
      {texts.map((text) => (
        <div className="kern-form-input filters__select" key={text.name}>
          <label className="kern-label" htmlFor={`${id}-${text.name}`}>
            {text.label}
          </label>
          <input
            id={`${id}-${text.name}`}
            name={text.name}
            type="text"
            inputMode={text.inputMode}
            className="kern-form-input__input"
            defaultValue={text.value ?? ''}
            autoComplete="off"
          />
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
