import { Link, Outlet, useMatches, useRouter } from '@tanstack/react-router';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoPermissionPage } from '../../auth/components/NoPermissionPage';
import { SignedOutPage } from '../../auth/components/SignedOutPage';
import { UserMenu } from '../../auth/components/UserMenu';
import { allows, type Me, useMe } from '../../auth/me';
import { useSessionState } from '../../auth/SessionContext';
import { ErrorAlert } from '../feedback/ErrorAlert';
import { Loading } from '../feedback/Loading';
import { LanguageSwitch } from './LanguageSwitch';
import { navigationFor } from './navigation';
import { OfflineNotice } from './OfflineNotice';

/** Skip link, header with language switch and user, main navigation, main landmark and footer. */
export function AppShell() {
  const { status } = useSessionState();
  if (status !== 'signed-in') {
    return (
      <Frame>
        <SignedOutPage reason={status} />
      </Frame>
    );
  }
  return <SignedInShell />;
}

/** The app for a signed-in user: what they may open, once `/me` has said what that is. */
function SignedInShell() {
  const me = useMe();
  if (me.data) {
    return (
      <Frame me={me.data}>
        <PermittedOutlet me={me.data} />
      </Frame>
    );
  }
  return <Frame>{me.isError ? <ErrorAlert error={me.error} onRetry={() => void me.refetch()} /> : <Loading />}</Frame>;
}

/** The page of the current route, or "Keine Berechtigung" when the user's role does not allow it. */
function PermittedOutlet({ me }: { me: Me }) {
  const operation = useMatches({ select: (matches) => matches.at(-1)?.staticData.operation });
  return operation === undefined || allows(me, operation) ? <Outlet /> : <NoPermissionPage me={me} />;
}

function Frame({ me, children }: { me?: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const navId = useId();
  const mainRef = useRef<HTMLElement>(null);
  const router = useRouter();

  // After a client-side navigation, move focus to the new page's main heading, as a page load would.
  useEffect(
    () =>
      router.subscribe('onResolved', ({ fromLocation, pathChanged }) => {
        // The first load leaves the focus at the start, where the skip link is the first stop.
        if (!fromLocation || !pathChanged) return;
        const heading = mainRef.current?.querySelector<HTMLElement>('h1');
        if (heading) {
          heading.tabIndex = -1;
          heading.focus({ preventScroll: false });
        }
      }),
    [router],
  );

  const closeMenu = () => setMenuOpen(false);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header__bar app-width">
          <Link to="/" className="app-brand">
            <span className="app-brand__name">{t('app.name')}</span>
            <span className="app-brand__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="app-header__tools">
            <LanguageSwitch />
            {me ? (
              <button
                type="button"
                className="app-menu-button"
                aria-expanded={menuOpen}
                aria-controls={navId}
                onClick={() => setMenuOpen((open) => !open)}
              >
                <span className={`kern-icon ${menuOpen ? 'kern-icon--close' : 'kern-icon--dehaze'}`} aria-hidden="true" />
                {t('nav.menu')}
              </button>
            ) : null}
            {me ? <UserMenu me={me} /> : null}
          </div>
        </div>
        {me ? (
          <nav id={navId} className={menuOpen ? 'app-nav app-nav--open' : 'app-nav'} aria-label={t('nav.label')}>
            <ul className="app-nav__list app-width">
              {navigationFor(me).map((item) => (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    className="app-nav__link"
                    activeOptions={{ exact: item.to === '/', includeSearch: false }}
                    onClick={closeMenu}
                  >
                    {t(item.label)}
                  </Link>
                </li>
              ))}
              {me.sponsorId ? (
                <li>
                  <Link
                    to="/sponsors/$sponsorId"
                    params={{ sponsorId: me.sponsorId }}
                    className="app-nav__link"
                    onClick={closeMenu}
                  >
                    {t('nav.myProfile')}
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main app-width">
        <OfflineNotice />
        {children}
      </main>
      <footer className="app-footer">
        <div className="app-width app-footer__content">
          <p className="kern-body kern-body--small">{t('app.footer')}</p>
        </div>
      </footer>
    </div>
  );
}
