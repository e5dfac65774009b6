import { expect, test } from '@playwright/test';
import { oidcUrl } from '../playwright.config';
import { signInAtKeycloak } from './support/auth';
import { expectNoAxeViolations } from './support/axe';

// The requests below are steered with page.route, which a service worker would bypass.
test.use({ serviceWorkers: 'block' });

test('a save after the session ended asks to sign in again in a popup, keeps the input and then saves', async ({
  page,
  context,
  isMobile,
}) => {
  test.skip(isMobile, 'desktop only: the popup and the dialog are the same on a phone');
  await page.goto('/newcomers');
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  const district = page.getByLabel(/^Stadtteil/);
  await district.fill('Weststadt');

  // The session ends: the API refuses the save once (401), Keycloak no longer renews the tokens,
  // and its session cookie is gone (so the popup asks for the password).
  let refused = false;
  await page.route('**/api/v1/newcomers/*', async (route) => {
    if (route.request().method() !== 'PATCH' || refused) return route.fallback();
    refused = true;
    return route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"status":401,"title":"Unauthorized"}' });
  });
  await page.route(`${oidcUrl}/protocol/openid-connect/token`, (route) =>
    route.request().postData()?.includes('grant_type=refresh_token')
      ? route.fulfill({ status: 400, contentType: 'application/json', body: '{"error":"invalid_grant"}' })
      : route.fallback(),
  );
  await context.clearCookies();

  await page.getByRole('button', { name: 'Speichern' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ihre Anmeldung ist abgelaufen' });
  await expect(dialog).toBeVisible();
  const again = dialog.getByRole('button', { name: 'Erneut anmelden' });
  await expect(again).toBeFocused();
  await expect(district).toHaveValue('Weststadt');
  await expectNoAxeViolations(page, 'session-expired dialog');

  const opened = page.waitForEvent('popup');
  await again.click();
  const popup = await opened;
  await signInAtKeycloak(popup, 'staff');
  await popup.waitForEvent('close');

  // The same save went through once signed in again: nothing typed was lost.
  await expect(page.getByText('Die Angaben wurden gespeichert.')).toBeVisible();
  await expect(page.getByText('Weststadt', { exact: true })).toBeVisible();
  expect(refused).toBe(true);
});
