import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// The dev server forwards /api to the API started by `./lotse run` (port LOTSE_API_PORT, default 8080),
// so the app and the API share one origin during development. The Host header stays the app's (as
// nginx forwards it in production): the API then sees the browser's Origin as its own and applies
// no CORS rule to the app's own requests.
const apiTarget = `http://localhost:${process.env.LOTSE_API_PORT ?? '8080'}`;

/**
 * The Content-Security-Policy of production (nginx/default.conf.template), with the identity
 * provider's origin from VITE_OIDC_AUTHORITY. `vite preview` sends it too, so the browser tests
 * sign in under the policy that production enforces.
 */
function productionCsp(): string {
  const template = readFileSync(new URL('./nginx/default.conf.template', import.meta.url), 'utf8');
  const csp = /Content-Security-Policy "([^"]+)"/.exec(template)?.[1];
  if (!csp) throw new Error('nginx/default.conf.template sets no Content-Security-Policy');
  const authority = process.env.VITE_OIDC_AUTHORITY || 'http://localhost:8180/realms/lotse';
  return csp.replace('${LOTSE_OIDC_ORIGIN}', new URL(authority).origin);
}

/** KERN's `--kern-color-action-default` (darkblue-700, light theme) as hex; also the favicon's background. */
const themeColor = '#2044aa';

/**
 * KERN's @font-face rules (Fira Sans, ~130 KB a cut) set no font-display, so browsers hide text for
 * up to 3 s while a cut loads. `swap` shows the text at once in the fallback font and switches when
 * the cut arrives (measured layout shift of the switch: 0.002). The service worker precaches the
 * four cuts the app uses, so from the second visit on they are there from the start.
 */
function kernFontDisplay(): Plugin {
  return {
    name: 'lotse:kern-font-display',
    enforce: 'pre',
    transform(code, id) {
      if (!/@kern-ux[\\/]native[\\/]dist[\\/]fonts[\\/][^?]*\.css(\?|$)/.test(id)) return null;
      return { code: code.replace(/@font-face\s*\{/g, '@font-face {\n  font-display: swap;'), map: null };
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    kernFontDisplay(),
    // Installable app whose shell (HTML, JS, CSS, fonts, icons) works offline. API answers carry
    // personal data: the service worker never caches them (no route matches /api, so every call
    // goes to the network as if there were no service worker).
    VitePWA({
      strategies: 'generateSW',
      // A new version activates at once (skipWaiting + clientsClaim). Pages already open keep
      // their code; a lazy page they no longer find makes TanStack Router reload once.
      registerType: 'autoUpdate',
      // A small deferred classic script registers the worker after load: nothing in the app's bundle.
      injectRegister: 'script-defer',
      // The glob patterns below already take every icon; the plugin adds the manifest itself.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Lotse – Integration und Migration',
        short_name: 'Lotse',
        description: 'Arbeitssystem des Büros für Integration und Migration',
        lang: 'de',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: themeColor,
        background_color: '#ffffff',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // 'autoUpdate' sets these only with injectRegister 'auto'; here they are stated.
        skipWaiting: true,
        clientsClaim: true,
        // The shell, including the four font weights KERN and app.css use (400, 500, 600, 700).
        globPatterns: ['**/*.{js,css,html,svg,png}', 'assets/FiraSans-{Regular,Medium,SemiBold,Bold}-*.woff2'],
        // Any other page of the app is the SPA; /api and Quarkus' /q are never answered from the cache.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/q(\/|$)/],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Font files outside the precache (light and italic cuts), should a page ever need one.
            urlPattern: ({ sameOrigin, url }) => sameOrigin && url.pathname.endsWith('.woff2'),
            handler: 'CacheFirst',
            options: { cacheName: 'lotse-fonts', expiration: { maxEntries: 20 } },
          },
        ],
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget },
    },
  },
  preview: {
    headers: { 'Content-Security-Policy': productionCsp() },
    proxy: {
      '/api': { target: apiTarget },
    },
  },
  build: {
    // The build prints every file with its size and gzip size; keep the report complete.
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change far less often than the app, so browsers
        // keep them cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15000,
  },
});
