import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

/** The start page and every list page, with their German heading. */
const pages = [
  { path: '/', heading: 'Übersicht' },
  { path: '/projects', heading: 'Projekte' },
  { path: '/budget-lines', heading: 'Budgetposten' },
  { path: '/sponsors', heading: 'Patinnen und Paten' },
  { path: '/newcomers', heading: 'Neuzugewanderte' },
  { path: '/associations', heading: 'Vereine' },
  { path: '/network-meetings', heading: 'Netzwerktreffen' },
  { path: '/meeting-actions', heading: 'Aufgaben aus Netzwerktreffen' },
];

/** Waits until the page shows demo data: a list's count, or the start page's project counts. */
async function expectDemoData(page: Page, path: string) {
  if (path === '/') {
    await expect(page.getByRole('link', { name: /Laufend/ })).toContainText(/[1-9]/);
  } else {
    await expect(page.getByRole('status').filter({ hasText: /Einträge?$/ })).toHaveText(/^[1-9][\d.]* Einträge?$/);
  }
}

for (const { path, heading } of pages) {
  test(`${path} shows demo data, one h1, a working skip link and no axe violations`, async ({ page }) => {
    await page.goto(path);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('h1')).toHaveCount(1);
    await expectDemoData(page, path);
    await expect(page).toHaveTitle(new RegExp(heading));

    // The skip link is the first stop of the keyboard and moves the focus to the main content.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();

    await expectNoAxeViolations(page, path);
  });
}
