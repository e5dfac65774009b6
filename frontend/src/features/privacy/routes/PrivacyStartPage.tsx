import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../auth/me';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { PersonSearch } from '../components/PersonSearch';
import { RetentionSection } from '../components/RetentionSection';
import '../components/privacy.css';
import { usePrivacyTexts } from '../i18n/texts';
import { Section } from '../components/Section';

/** The data protection officer's start: the audit trail, a person's page by name, and the retention run. */
export function PrivacyStartPage() {
  usePrivacyTexts();
  const { t } = useTranslation();
  const can = useCan();
  useDocumentTitle(t('privacy.start.title'));

  return (
    <>
      <h1 className="kern-heading-large">{t('privacy.start.title')}</h1>
      <p className="kern-body page-intro">{t('privacy.start.intro')}</p>
      {can('listAuditEvents') ? (
        <Section id="audit-heading" title={t('privacy.start.auditTitle')} intro={t('privacy.start.auditText')}>
          <Link to="/privacy/audit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t('privacy.start.auditLink')}</span>
            <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
          </Link>
        </Section>
      ) : null}
      <Section id="person-search-heading" title={t('privacy.start.searchTitle')} intro={t('privacy.start.searchText')}>
        <PersonSearch />
      </Section>
      {can('runRetention') ? <RetentionSection /> : null}
    </>
  );
}
