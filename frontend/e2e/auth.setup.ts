import { expect, test as setup } from '@playwright/test';
import { staffState } from '../playwright.config';
import { signInAtKeycloak } from './support/auth';

/*
 * Signs in as `staff` through the real Keycloak login form and keeps Keycloak's session cookie:
 * every other test opens the app with it, and the app's redirect to Keycloak comes straight back.
 */
setup('sign in as staff through Keycloak', async ({ page }) => {
  await page.goto('/');
  await signInAtKeycloak(page, 'staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await page.context().storageState({ path: staffState });
});
