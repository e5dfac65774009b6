import { useTranslation } from 'react-i18next';
import type { Me } from '../me';
import { useSession } from '../SessionContext';

/** The signed-in user's name and role in the header, and the way out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const session = useSession();
  const roles = me.roles.map((role) => t(`auth.roles.${role}`)).join(', ');
  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="kern-sr-only">{t('auth.user.signedInAs')} </span>
        <span className="user-menu__name">{me.name}</span>
        {roles ? <span className="user-menu__role">{roles}</span> : null}
      </p>
      <button type="button" className="app-header-button" onClick={() => void session.signOut()}>
        <span className="kern-icon kern-icon--logout" aria-hidden="true" />
        {t('auth.signOut')}
      </button>
    </div>
  );
}
