import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { authPaths, oidcConfig } from './config';

/**
 * The OpenID Connect client (Authorization Code + PKCE). Loaded on demand by `start.ts`, so that
 * oidc-client-ts is a chunk of its own beside the first-visit bundle.
 *
 * Tokens stay in memory only (never in localStorage or sessionStorage, where any script of the
 * origin could read them); a page load therefore signs in again by redirect, which Keycloak's
 * session cookie makes immediate. Only the short-lived PKCE verifier and state of a sign-in under
 * way go to sessionStorage: they must survive the redirect and are no tokens.
 */
export function createUserManager(origin = window.location.origin): UserManager {
  return new UserManager({
    authority: oidcConfig.authority,
    client_id: oidcConfig.clientId,
    redirect_uri: origin + authPaths.callback,
    popup_redirect_uri: origin + authPaths.popupCallback,
    post_logout_redirect_uri: origin + authPaths.signedOut,
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Renews the access token before it expires, with the refresh token (no iframe).
    automaticSilentRenew: true,
    // The sign-in page replaces the app's page in the history, so Back does not land on a blank page.
    redirectMethod: 'replace',
  });
}
