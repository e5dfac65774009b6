import { expect, type Page, test } from '@playwright/test';
import { signInAtKeycloak } from './support/auth';
import { expectNoAxeViolations } from './support/axe';

// Without the saved staff session: each test signs in through Keycloak's login form itself.
test.use({ storageState: { cookies: [], origins: [] } });

test('signs in through Keycloak back to the page asked for, and signs out for good', async ({ page, isMobile }) => {
  // A deep link with a query: after signing in, the app opens exactly it.
  await page.goto('/projects?status=RUNNING');
  await signInAtKeycloak(page, 'staff');

  await expect(page).toHaveURL(/\/projects\?status=RUNNING$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Projekte' })).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Sabine Stahl');
  await expect(banner).toContainText('Büro');
  await expectNoAxeViolations(page, 'header with the signed-in user');

  // The access token lives in memory only: nothing of it in the browser's storage.
  const stored = await page.evaluate(
    () => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }),
  );
  expect(stored).not.toMatch(/eyJ|access_token|refresh_token/);

  // A reload signs in again at once, with Keycloak's session cookie (no login form).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekte' })).toBeVisible();
  await expect(page).toHaveURL(/\/projects\?status=RUNNING$/);

  await banner.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/signed-out$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sie sind abgemeldet' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'signed-out page');

  // The session at Keycloak has ended: signing in asks for the password again.
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await signInAtKeycloak(page, 'staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  if (isMobile) await page.getByRole('button', { name: 'Menü' }).click();
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Haushalt' })).toBeVisible();
});

test.describe('navigation by role', () => {
  test.skip(({ isMobile }) => isMobile, 'the roles are the same on a phone; the desktop run covers them');

  const navigationLinks = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link');

  test('a sponsor sees only their own profile', async ({ page }) => {
    await page.goto('/');
    await signInAtKeycloak(page, 'sponsor');

    await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Lena Berger' })).toBeVisible();
    await expect(navigationLinks(page)).toHaveText(['Übersicht', 'Mein Profil']);
    await expect(page.getByRole('banner')).toContainText('Pate/Patin');
    await expectNoAxeViolations(page, 'sponsor start page');

    await page.getByRole('main').getByRole('link', { name: 'Mein Profil' }).click();
    await expect(page).toHaveURL(/\/sponsors\/01900000-0005-7000-8000-000000000001$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Lena Berger' })).toBeVisible();

    // The office's pages by address: a clear message, not a crash.
    await page.goto('/projects');
    await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Pate/Patin');
    await expectNoAxeViolations(page, 'no-permission page');
  });

  test('volunteer coordination has no budget and sees newcomers without sensitive fields', async ({ page }) => {
    await page.goto('/');
    await signInAtKeycloak(page, 'volunteers');

    await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Vera Ehrenberg');
    await expect(navigationLinks(page)).toHaveText([
      'Übersicht',
      'Projekte',
      'Patinnen und Paten',
      'Neuzugewanderte',
      'Vereine',
      'Netzwerktreffen',
    ]);

    await navigationLinks(page).filter({ hasText: 'Neuzugewanderte' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Neuzugewanderte' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Neuzugewanderte Person anlegen' })).toHaveCount(0);
    await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
    await expect(page.getByText('Stadtteil', { exact: true })).toBeVisible();
    await expect(page.getByText('Aufenthaltsstatus', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('main')).not.toContainText('undefined');
    await expect(page.getByRole('link', { name: 'Bearbeiten' })).toHaveCount(0);

    await page.goto('/budget-lines');
    await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  });

  test('the data protection officer reads every section but changes nothing', async ({ page }) => {
    await page.goto('/');
    await signInAtKeycloak(page, 'dpo');

    await expect(page.getByRole('banner')).toContainText('Datenschutz');
    // Every section to read (the data protection area adds its own entry).
    await expect(navigationLinks(page)).toContainText([
      'Übersicht',
      'Projekte',
      'Haushalt',
      'Budgetposten',
      'Patinnen und Paten',
      'Neuzugewanderte',
      'Vereine',
      'Netzwerktreffen',
      'Datenschutz',
    ]);
    await navigationLinks(page).filter({ hasText: 'Projekte' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Projekte' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Neues Projekt' })).toHaveCount(0);
  });
});
