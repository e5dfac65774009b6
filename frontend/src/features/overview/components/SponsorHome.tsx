import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../auth/me';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';

/** The start page of a sponsor: their own profile, nothing else of the office. */
export function SponsorHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  const title = t('overview.sponsor.title', { name: me.name });
  useDocumentTitle(title);
  return (
    <>
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body page-intro">{t('overview.sponsor.intro')}</p>
      {me.sponsorId ? (
        <p>
          <Link to="/sponsors/$sponsorId" params={{ sponsorId: me.sponsorId }} className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
            <span className="kern-label">{t('nav.myProfile')}</span>
          </Link>
        </p>
      ) : (
        <p className="kern-body">{t('overview.sponsor.noProfile')}</p>
      )}
    </>
  );
}
