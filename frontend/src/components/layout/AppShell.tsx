import { Link, Outlet, useRouter } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { navigationItems } from './navigation';
import { OfflineNotice } from './OfflineNotice';

/** Skip link, header with language switch, main navigation, main landmark and footer. */
export function AppShell() {
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
          </div>
        </div>
        <nav id={navId} className={menuOpen ? 'app-nav app-nav--open' : 'app-nav'} aria-label={t('nav.label')}>
          <ul className="app-nav__list app-width">
            {navigationItems.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  className="app-nav__link"
                  activeOptions={{ exact: item.to === '/', includeSearch: false }}
                  onClick={() => setMenuOpen(false)}
                >
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main app-width">
        <OfflineNotice />
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="app-width app-footer__content">
          <p className="kern-body kern-body--small">{t('app.footer')}</p>
        </div>
      </footer>
    </div>
  );
}
