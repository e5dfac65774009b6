/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * Origin (and optional path prefix) in front of the contract's paths, which already start with
   * `/api/v1`. Empty (the default) means the app's own origin: the Vite dev server proxies `/api`
   * to the API, and in production a reverse proxy serves app and API together.
   */
  readonly VITE_API_BASE_URL?: string;
  /** The identity provider (issuer URL of the Keycloak realm); default `http://localhost:8180/realms/lotse`. */
  readonly VITE_OIDC_AUTHORITY?: string;
  /** This app's (public) client at the identity provider; default `lotse-web`. */
  readonly VITE_OIDC_CLIENT_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
