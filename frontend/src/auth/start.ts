import { authPaths } from './config';
import { currentPath, Session } from './session';

/** A path of this app to return to after signing in; anything else (another origin) becomes the start page. */
function returnPath(state: unknown): string {
  return typeof state === 'string' && state.startsWith('/') && !state.startsWith('//') ? state : '/';
}

/**
 * Finds out who is using the app before it renders. `null` when the page has nothing to show:
 * it is on its way to the identity provider, or it is the popup of a renewed sign-in.
 *
 * Tokens live in memory only, so every page load signs in: by redirect, which Keycloak's session
 * cookie makes immediate, back to the same path and query (deep links keep working).
 */
export async function startSession(): Promise<Session | null> {
  const { createUserManager } = await import('./oidc');
  const manager = createUserManager();
  const { pathname } = window.location;

  if (pathname === authPaths.popupCallback && window.opener) {
    await manager.signinPopupCallback();
    return null;
  }
  if (pathname === authPaths.callback) {
    try {
      const user = await manager.signinRedirectCallback();
      window.history.replaceState(null, '', returnPath(user.state));
      const session = new Session(manager, 'signed-in', user);
      manager.events.addUserLoaded((renewed) => session.setTokens(renewed));
      return session;
    } catch {
      // A stale or repeated callback (e.g. opened again from the history): say so rather than loop.
      window.history.replaceState(null, '', '/');
      return new Session(manager, 'unavailable');
    }
  }
  if (pathname === authPaths.signedOut) return new Session(manager, 'signed-out');
  if (!navigator.onLine) return new Session(manager, 'offline');
  try {
    await manager.signinRedirect({ state: currentPath() });
    // Not reached while the browser leaves for the identity provider; should this page ever come
    // back from the browser's cache instead, it offers to sign in.
    return new Session(manager, 'signed-out');
  } catch {
    return new Session(manager, 'unavailable');
  }
}
