import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/feedback/Alert';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import type { SessionStatus } from '../session';
import { useSession } from '../SessionContext';

type Reason = Exclude<SessionStatus, 'signed-in'>;

/**
 * What the app shows without a signed-in user: after signing out, when it was opened offline, or
 * when the identity provider could not be reached. Signing in is one button, never automatic here
 * (after signing out that would sign the user straight back in).
 */
export function SignedOutPage({ reason }: { reason: Reason }) {
  const { t } = useTranslation();
  const session = useSession();
  const [failed, setFailed] = useState(false);
  const texts = reason === 'signed-out' ? 'signedOut' : reason;
  useDocumentTitle(t(`auth.${texts}.title`));

  const signIn = async () => {
    setFailed(false);
    try {
      // After signing out, the app starts again at its start page; otherwise on this page.
      await session.signIn(reason === 'signed-out' ? '/' : undefined);
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <h1 className="kern-heading-large">{t(`auth.${texts}.title`)}</h1>
      <p className="kern-body page-intro">{t(`auth.${texts}.message`)}</p>
      {failed ? (
        <Alert variant="danger" title={t('auth.unavailable.title')} role="alert">
          <p className="kern-body">{t('auth.unavailable.failed')}</p>
        </Alert>
      ) : null}
      <button type="button" className="kern-btn kern-btn--primary" onClick={() => void signIn()}>
        <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
        <span className="kern-label">{t('auth.signIn')}</span>
      </button>
    </>
  );
}
