import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test('after a first visit the app shell loads offline and says that data cannot be loaded', async ({
  page,
  context,
  isMobile,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  // The service worker installs (precaches the shell) and takes control of this page (clientsClaim).
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 30_000 });

  await context.setOffline(true);
  await expect(page.getByText('Keine Verbindung')).toBeVisible();
  await expect(page.getByText(/Daten können erst wieder geladen und gespeichert werden/)).toBeVisible();

  // A list page, reached through the app's navigation, waits for the connection (TanStack Query
  // pauses its requests while the browser is offline) and loads once it is back.
  const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
  if (isMobile) await page.getByRole('button', { name: 'Menü' }).click();
  await navigation.getByRole('link', { name: 'Projekte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekte' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Wird geladen' })).toBeVisible();
  await expectNoAxeViolations(page, 'offline projects list');
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: /Einträge?$/ })).toHaveText(/^[1-9][\d.]* Einträge?$/);
  await expect(page.getByText('Keine Verbindung')).toHaveCount(0);

  // Opened anew without a connection: the shell comes from the service worker; nobody can sign
  // in (the sign-in service is out of reach), and the app says so instead of failing.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Lotse');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung im Moment nicht möglich' })).toBeVisible();
  await expect(page.getByText('Keine Verbindung')).toBeVisible();

  // Personal data stays out of the caches: nothing from /api is stored.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((request) => request.url));
    }
    return urls;
  });
  expect(cached.some((url) => url.endsWith('/index.html') || url.includes('/index.html?'))).toBe(true);
  expect(cached.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);

  await expectNoAxeViolations(page, 'opened offline');
  await context.setOffline(false);
});
