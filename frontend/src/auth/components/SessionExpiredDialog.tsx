import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/feedback/Alert';
import { ConfirmDialog } from '../../components/feedback/ConfirmDialog';
import { meKey } from '../me';
import { useSession, useSessionState } from '../SessionContext';

/**
 * Asks to sign in again when the session ended mid-work (a request got 401 and silent renewal
 * failed). Signing in happens in a popup, so the page and everything typed stay; the waiting
 * requests are then sent again. Cancelling lets them fail with their 401 (the input still stays).
 */
export function SessionExpiredDialog() {
  const { t } = useTranslation();
  const session = useSession();
  const { prompt } = useSessionState();
  const queryClient = useQueryClient();

  const signInAgain = async () => {
    await session.signInAgain();
    // Whoever signed in may have other permissions than before.
    if (session.getState().prompt === 'none') await queryClient.invalidateQueries({ queryKey: meKey });
  };

  return (
    <ConfirmDialog
      open={prompt !== 'none'}
      title={t('auth.expired.title')}
      confirmLabel={t('auth.expired.signInAgain')}
      busy={prompt === 'busy'}
      busyLabel={t('auth.signingIn')}
      focusConfirm
      onConfirm={() => void signInAgain()}
      onCancel={() => session.dismiss()}
    >
      <p className="kern-body">{t('auth.expired.message')}</p>
      {prompt === 'failed' ? (
        <Alert variant="warning" title={t('auth.unavailable.title')} role="alert" headingLevel={3}>
          <p className="kern-body">{t('auth.expired.failed')}</p>
        </Alert>
      ) : null}
    </ConfirmDialog>
  );
}
