import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFoundTitle'));
  return (
    <>
      <h1 className="kern-heading-large">{t('common.notFoundTitle')}</h1>
      <p className="kern-body">{t('common.notFound')}</p>
      <p>
        <Link to="/" className="kern-link">
          {t('common.toOverview')}
        </Link>
      </p>
    </>
  );
}
