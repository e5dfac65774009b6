/**
 * Where the app signs in: the identity provider (Keycloak realm) and this app's client there.
 * Build-time configuration, see frontend/README.md.
 */
export const oidcConfig = {
  authority: import.meta.env.VITE_OIDC_AUTHORITY || 'http://localhost:8180/realms/lotse',
  clientId: import.meta.env.VITE_OIDC_CLIENT_ID || 'lotse-web',
};

/** Paths of the app that the identity provider sends the browser back to. */
export const authPaths = {
  /** After the sign-in by redirect: exchanges the code, then goes on to the page the user wanted. */
  callback: '/auth/callback',
  /** The popup of a renewed sign-in (session expired mid-work) ends here and reports to its opener. */
  popupCallback: '/auth/popup',
  /** After signing out: says so and offers to sign in again, instead of signing in at once. */
  signedOut: '/signed-out',
} as const;
