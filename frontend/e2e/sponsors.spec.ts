import { expect, test } from '@playwright/test';
import { apiHeaders } from './support/auth';
import { expectNoAxeViolations } from './support/axe';

test('a sponsor is created, edited, survives a conflict with a second tab, and is deleted', async ({
  page,
  context,
  request,
}) => {
  const lastName = `Beispiel-${test.info().project.name}-${Date.now()}`;
  const fullName = new RegExp(`Erika ${lastName}`);

  // Create
  await page.goto('/sponsors');
  await page.getByRole('link', { name: 'Neue Patin / neuer Pate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Patin / neuen Paten anlegen' })).toBeVisible();
  await page.getByLabel('Vorname', { exact: true }).fill('Erika');
  await page.getByLabel('Nachname', { exact: true }).fill(lastName);
  await page.getByLabel(/^Telefon/).fill('+49 7141 555999');
  await page.getByLabel(/^Stadtteil/).fill('Oststadt');
  await expectNoAxeViolations(page, 'sponsor create form');
  await page.getByRole('button', { name: 'Patin / Pate anlegen' }).click();

  await expect(page.getByText('Die Patin / der Pate wurde angelegt.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  await expect(page.getByRole('link', { name: '+49 7141 555999' })).toHaveAttribute('href', 'tel:+497141555999');
  await expectNoAxeViolations(page, 'sponsor detail page');

  // Edit
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await page.getByLabel(/^Stadtteil/).fill('Weststadt');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Die Angaben wurden gespeichert.')).toBeVisible();
  await expect(page.getByText('Weststadt')).toBeVisible();

  // Conflict: this tab opens the form, a second tab saves first.
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(page.getByLabel(/^Stadtteil/)).toHaveValue('Weststadt');
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByLabel(/^Stadtteil/).fill('Südstadt');
  await other.getByRole('button', { name: 'Speichern' }).click();
  await expect(other.getByText('Die Angaben wurden gespeichert.')).toBeVisible();
  await other.close();

  await page.getByLabel(/^Verfügbarkeit/).fill('samstags vormittags');
  await page.getByRole('button', { name: 'Speichern' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Jemand anderes hat diesen Eintrag inzwischen geändert' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Südstadt');
  // Nothing typed is lost.
  await expect(page.getByLabel(/^Verfügbarkeit/)).toHaveValue('samstags vormittags');
  await expectNoAxeViolations(page, 'sponsor form with a version conflict');

  await conflict.getByRole('button', { name: 'Meine Änderungen auf die aktuelle Fassung übertragen' }).click();
  await expect(page.getByLabel(/^Stadtteil/)).toHaveValue('Südstadt');
  await expect(page.getByLabel(/^Verfügbarkeit/)).toHaveValue('samstags vormittags');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Die Angaben wurden gespeichert.')).toBeVisible();
  await expect(page.getByText('Südstadt')).toBeVisible();
  await expect(page.getByText('samstags vormittags')).toBeVisible();

  // Delete
  await page.getByRole('button', { name: 'Löschen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(lastName);
  await expectNoAxeViolations(page, 'sponsor delete dialog');
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(page).toHaveURL(/\/sponsors(\?.*)?$/);
  await expect(page.getByText(/wurde gelöscht\.$/)).toBeVisible();

  const left = (await (
    await request.get(`/api/v1/sponsors?q=${encodeURIComponent(lastName)}`, { headers: await apiHeaders(request) })
  ).json()) as { total: number };
  expect(left.total).toBe(0);
});
