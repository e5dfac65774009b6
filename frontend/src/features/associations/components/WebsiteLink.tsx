import { useTranslation } from 'react-i18next';
// The shared contact links' styles: a 44 px tap target.
import '../../../components/record/ContactLinks.css';

/** A website as a safe link target: http(s) as it is, a bare host with https, any other scheme not at all. */
export function websiteHref(website: string): string | undefined {
  const trimmed = website.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  return trimmed ? `https://${trimmed}` : undefined;
}

/** An association's website, opened in a new tab (said so to screen readers, too). */
export function WebsiteLink({ website }: { website: string }) {
  const { t } = useTranslation();
  const href = websiteHref(website);
  if (!href) return <>{website}</>;
  return (
    <a className="kern-link contact-link" href={href} target="_blank" rel="noopener noreferrer">
      {website}
      <span className="kern-icon kern-icon--open-in-new kern-icon--small" aria-hidden="true" />
      <span className="kern-sr-only"> ({t('associations.detail.opensInNewTab')})</span>
    </a>
  );
}
