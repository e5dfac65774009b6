import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

interface Manifest {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  display: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

test('the app can be installed: its manifest names it and Chromium finds nothing missing', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as Manifest;
  expect(manifest).toMatchObject({
    name: 'Lotse – Integration und Migration',
    short_name: 'Lotse',
    lang: 'de',
    start_url: '/',
    display: 'standalone',
  });
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color);
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of manifest.icons) {
    const response = await request.get(`/${icon.src.replace(/^\//, '')}`);
    expect(response.headers()['content-type'], icon.src).toBe('image/png');
  }

  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  // Playwright's browser contexts are incognito ones, where Chromium never offers installation.
  const errors = installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito');
  expect(errors).toEqual([]);

  await expectNoAxeViolations(page, 'start page');
});
