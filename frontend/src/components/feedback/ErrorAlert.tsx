import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Alert } from './Alert';

/** A failed request, explained for people: what happened and what they can do. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  let message: string;
  if (error instanceof ApiError) {
    if (error.status === 503) message = t('errors.unavailable');
    else if (error.status === 404) message = t('errors.notFound');
    else if (error.status === 403) message = t('errors.forbidden');
    else if (error.status === 401) message = t('errors.unauthenticated');
    else message = error.problem.detail ?? error.problem.title;
  } else {
    message = t('errors.network');
  }
  return (
    <Alert variant="danger" title={t('errors.title')} role="alert">
      <p className="kern-body">{message}</p>
      {onRetry ? (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onRetry}>
          <span className="kern-label">{t('errors.retry')}</span>
        </button>
      ) : null}
    </Alert>
  );
}
