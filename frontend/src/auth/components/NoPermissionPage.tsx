import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import type { Me } from '../me';

/** A page reached by its address that the user's role does not allow (the API would answer 403). */
export function NoPermissionPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.forbidden.title'));
  const roles = me.roles.map((role) => t(`auth.roles.${role}`)).join(', ');
  return (
    <>
      <h1 className="kern-heading-large">{t('auth.forbidden.title')}</h1>
      <p className="kern-body page-intro">{t('auth.forbidden.message', { roles })}</p>
      <p>
        <Link to="/" className="kern-link">
          {t('common.toOverview')}
        </Link>
      </p>
    </>
  );
}
