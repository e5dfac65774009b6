import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';

type Target = '/newcomers' | '/sponsors';

/** A search field that opens a list filtered by the term: a person is two taps away from the start page. */
export function QuickSearch({ to, label, hint }: { to: Target; label: string; hint: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const raw = new FormData(event.currentTarget).get('q');
    const q = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
    void navigate({ to, search: { q } });
  };
  return (
    <form role="search" aria-label={label} className="quick-search" onSubmit={submit}>
      <div className="kern-form-input quick-search__field">
        <label className="kern-label" htmlFor={`${id}-q`}>
          {label}
        </label>
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
        <div className="quick-search__row">
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            className="kern-form-input__input"
            aria-describedby={`${id}-hint`}
            autoComplete="off"
          />
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--search" aria-hidden="true" />
            <span className="kern-label">{t('common.search')}</span>
          </button>
        </div>
      </div>
    </form>
  );
}
