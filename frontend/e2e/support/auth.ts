import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { oidcUrl } from '../../playwright.config';

/** The demo accounts of the realm (scripts/keycloak/lotse-realm.json); demo-only password. */
export type DemoUser = 'staff' | 'coordinator' | 'volunteers' | 'sponsor' | 'dpo';

/** Fills in Keycloak's login form (the page the app redirected to) and submits it. */
export async function signInAtKeycloak(page: Page, username: DemoUser, password = 'demo'): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${oidcUrl}/protocol/openid-connect/auth`));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
}

let cached: { token: string; until: number } | undefined;

/**
 * Headers for the tests' own calls to the API, with a token of the demo tool client (client
 * credentials, the way the city's other tools call Lotse): reads, including personal data.
 */
export async function apiHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  if (!cached || cached.until < Date.now()) {
    const response = await request.post(`${oidcUrl}/protocol/openid-connect/token`, {
      form: {
        grant_type: 'client_credentials',
        client_id: process.env.LOTSE_E2E_CLIENT_ID ?? 'lotse-case-tool',
        client_secret: process.env.LOTSE_E2E_CLIENT_SECRET ?? 'demo-only-case-secret',
        scope: 'lotse.read lotse.personal-data',
      },
    });
    expect(response.ok(), `token of the demo tool client: ${response.status()} ${await response.text()}`).toBe(true);
    const { access_token: token, expires_in: seconds } = (await response.json()) as { access_token: string; expires_in: number };
    cached = { token, until: Date.now() + (seconds - 30) * 1000 };
  }
  return { Authorization: `Bearer ${cached.token}` };
}
