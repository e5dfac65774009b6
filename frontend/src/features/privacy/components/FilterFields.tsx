import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../components/form/FieldParts';

interface FilterInputProps {
  /** The form's id; the input's is `<formId>-<name>`. */
  formId: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  type?: 'text' | 'search' | 'date';
  /** An account name or an ID: no capitals, no spell checking. */
  verbatim?: boolean;
  wide?: boolean;
}

/** A labelled input of a search form (the lists' filter layout), with hint and error. */
export function FilterInput({ formId, name, label, hint, error, defaultValue, type = 'text', verbatim, wide }: FilterInputProps) {
  const id = `${formId}-${name}`;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`kern-form-input ${wide ? 'filters__query' : 'filters__select'}${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
      <input
        id={id}
        name={name}
        type={type}
        className={error ? 'kern-form-input__input kern-form-input__input--error' : 'kern-form-input__input'}
        defaultValue={defaultValue ?? ''}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        autoCapitalize={verbatim ? 'none' : undefined}
        spellCheck={verbatim ? false : undefined}
      />
    </div>
  );
}

interface FilterSelectProps {
  formId: string;
  name: string;
  label: string;
  defaultValue?: string;
  options: readonly { value: string; label: string }[];
  /** Offer "Alle" (no filter) first. */
  all?: boolean;
}

export function FilterSelect({ formId, name, label, defaultValue, options, all }: FilterSelectProps) {
  const { t } = useTranslation();
  const id = `${formId}-${name}`;
  return (
    <div className="kern-form-input filters__select">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} name={name} className="kern-form-input__select" defaultValue={defaultValue ?? ''}>
          {all ? <option value="">{t('common.all')}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** "Suchen", and "Filter zurücksetzen" while a filter is set. */
export function FilterActions({ onReset }: { onReset?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="filters__actions">
      <button type="submit" className="kern-btn kern-btn--primary">
        <span className="kern-icon kern-icon--search" aria-hidden="true" />
        <span className="kern-label">{t('common.search')}</span>
      </button>
      {onReset ? (
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onReset}>
          <span className="kern-label">{t('common.resetFilters')}</span>
        </button>
      ) : null}
    </div>
  );
}

/** The text of a form field, trimmed; undefined when empty. */
export function formText(data: FormData, name: string): string | undefined {
  const raw = data.get(name);
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}
