import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

/** The key figure (definition list entry) with this label: its planned value. */
const keyFigure = (page: Page, label: string) =>
  page
    .locator('.key-figures__item')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('.key-figures__value');

test('the budget page shows the council figures of WiL and LAfI, in German and in English', async ({ page }) => {
  await page.goto('/budget');
  await expect(page.getByRole('heading', { level: 1, name: 'Haushalt' })).toBeVisible();

  await page.getByRole('button', { name: 'Auswahl aufheben' }).click();
  await page.getByRole('checkbox', { name: /^WIL – Willkommen in Ludwigsburg/ }).check();
  await page.getByRole('checkbox', { name: /^LAFI – Ludwigsburger Akteure für Integration/ }).check();

  await expect(keyFigure(page, 'Kosten (Plan)')).toHaveText('200.400,00 €');
  await expect(keyFigure(page, 'Förderung (Plan)')).toHaveText('120.240,00 €');
  await expect(keyFigure(page, 'Eigenanteil der Stadt (Plan)')).toHaveText('80.160,00 €');
  await expect(keyFigure(page, 'Förderquote (Plan)')).toHaveText('60,00 %');
  // The chart's figures are also in a table (the accessible source).
  await expect(page.getByRole('table').first()).toContainText('200.400,00 €');
  // The choice is in the URL: the view can be bookmarked and shared.
  expect(new URL(page.url()).searchParams.getAll('projectId')).toHaveLength(2);
  await expectNoAxeViolations(page, 'budget page (German)');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget summary' })).toBeVisible();
  await expect(keyFigure(page, 'Cost (planned)')).toHaveText('€200,400.00');
  await expect(keyFigure(page, 'Funding (planned)')).toHaveText('€120,240.00');
  await expect(keyFigure(page, "City's share (planned)")).toHaveText('€80,160.00');
  await expect(keyFigure(page, 'Funding rate (planned)')).toHaveText('60.00%');
  await expectNoAxeViolations(page, 'budget page (English)');
});
