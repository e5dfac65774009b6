import { defineConfig, devices } from '@playwright/test';

/*
 * Browser tests: Debian's Chromium against the built web app (`vite preview`, which forwards /api)
 * and the real API on a database of their own. `./lotse test` builds both and recreates the empty
 * database first; by hand: see e2e/README.md.
 */
const apiPort = process.env.LOTSE_E2E_API_PORT ?? '18080';
const webPort = process.env.LOTSE_E2E_WEB_PORT ?? '14173';
const dbUrl = process.env.LOTSE_E2E_DB_URL ?? 'jdbc:postgresql://127.0.0.1:5432/lotse_e2e';
const chromium = process.env.LOTSE_CHROMIUM ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Set LOTSE_E2E_REUSE=1 to run against servers already listening on the two ports. */
const reuse = process.env.LOTSE_E2E_REUSE === '1';
/** The Keycloak realm the API trusts and the web app signs in with (`./lotse e2e` starts it). */
export const oidcUrl = process.env.LOTSE_OIDC_URL ?? 'http://localhost:8180/realms/lotse';
/** Keycloak's session cookie of the demo user `staff`, saved by e2e/auth.setup.ts. */
export const staffState = 'target/playwright-auth/staff.json';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const browser = { launchOptions: { executablePath: chromium, args: chromiumFlags } };

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/playwright-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['junit', { outputFile: 'target/playwright.xml' }]],
  use: {
    baseURL: `http://localhost:${webPort}`,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Signs in once through Keycloak's login form; the other projects start with its session cookie.
    { name: 'setup', testMatch: /auth\.setup\.ts$/, use: { ...devices['Desktop Chrome'], ...browser } },
    { name: 'desktop', dependencies: ['setup'], use: { ...devices['Desktop Chrome'], ...browser, storageState: staffState } },
    // Pixel 7's viewport, touch and user agent, but in the same Chromium.
    { name: 'phone', dependencies: ['setup'], use: { ...devices['Pixel 7'], ...browser, storageState: staffState } },
  ],
  webServer: [
    {
      name: 'api',
      command: `java -Dquarkus.profile=demo -Dquarkus.http.port=${apiPort} -jar ../backend/target/quarkus-app/quarkus-run.jar`,
      url: `http://localhost:${apiPort}/q/health/ready`,
      env: {
        LOTSE_DB_URL: dbUrl,
        LOTSE_DB_USER: process.env.LOTSE_DB_USER ?? 'postgres',
        LOTSE_DB_PASSWORD: process.env.LOTSE_DB_PASSWORD ?? '',
        LOTSE_OIDC_URL: oidcUrl,
      },
      reuseExistingServer: reuse,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
    {
      name: 'web',
      command: `npx --no-install vite preview --port ${webPort} --strictPort`,
      url: `http://localhost:${webPort}/`,
      // The build's VITE_OIDC_AUTHORITY must name the same realm (default: http://localhost:8180/realms/lotse).
      env: { LOTSE_API_PORT: apiPort },
      reuseExistingServer: reuse,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
