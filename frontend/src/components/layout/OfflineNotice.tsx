import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser says it has no network; follows changes. */
export function useOffline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !navigator.onLine,
    () => false,
  );
}

/**
 * Says so when the device is offline: the app shell still works (the service worker serves it),
 * but data cannot be loaded or saved. The (polite) live region is always there, so a change is announced.
 */
export function OfflineNotice() {
  const { t } = useTranslation();
  const offline = useOffline();
  return (
    <div aria-live="polite">
      {offline ? (
        <div className="kern-alert kern-alert--warning">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <p className="kern-title">{t('offline.title')}</p>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t('offline.message')}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
