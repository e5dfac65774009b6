import { expect, type Page, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { apiHeaders, signInAtKeycloak } from './support/auth';
import { expectNoAxeViolations } from './support/axe';

// The data protection officer's own session, not the saved staff one.
test.use({ storageState: { cookies: [], origins: [] } });

/** The main navigation's link (behind the menu button on a phone). */
async function openSection(page: Page, isMobile: boolean, name: string) {
  if (isMobile) await page.getByRole('button', { name: 'Menü' }).click();
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name }).click();
}

test('the data protection officer finds a person, exports their data, meets the legal hold, and reads the audit trail', async ({
  page,
  request,
  isMobile,
}) => {
  const answer = await request.get('/api/v1/newcomers?size=1&sort=lastName', { headers: await apiHeaders(request) });
  expect(answer.ok(), `${answer.status()} ${await answer.text()}`).toBe(true);
  const [newcomer] = ((await answer.json()) as { items: { id: string; firstName: string; lastName: string }[] }).items;
  expect(newcomer, 'the demo data has newcomers').toBeDefined();
  const { id, firstName, lastName } = newcomer!;

  await page.goto('/');
  await signInAtKeycloak(page, 'dpo');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await openSection(page, isMobile, 'Datenschutz');
  await expect(page.getByRole('heading', { level: 1, name: 'Datenschutz' })).toBeVisible();
  await expectNoAxeViolations(page, 'data protection start page');

  // Find the person by name: the name goes to the API, never into the page's address.
  const search = page.getByRole('search', { name: 'Person suchen' });
  await search.getByLabel('Name', { exact: true }).fill(lastName);
  await search.getByRole('button', { name: 'Suchen' }).click();
  await page
    .getByRole('list', { name: 'Gefundene Personen' })
    .getByRole('link', { name: `${lastName}, ${firstName}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/privacy/newcomers/${id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Einwilligungen' })).toContainText('Was Lotse derzeit darf');
  // The demo data is loaded without history; revisions appear with the first change through the API.
  await expect(page.getByRole('region', { name: 'Verlauf' })).toContainText(/Fassung|kein Verlauf/);
  await expectNoAxeViolations(page, 'a person’s data protection page');

  // Art. 15: a JSON file from a blob; the page's address stays as it was.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Auskunft herunterladen (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^lotse-newcomers-${id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  expect(download.url()).toMatch(/^blob:/);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as { subjectId: string; exportedBy: string };
  expect(exported).toMatchObject({ subjectId: id, exportedBy: 'dpo' });
  expect(page.url()).not.toContain(lastName);

  // Art. 17 under a legal hold: the API refuses and the dialog says why; nothing is erased.
  const hold = page.getByRole('region', { name: 'Aufbewahrungspflicht' });
  const reason = `E2E-Test ${test.info().project.name}: Nachweispflicht bis 31.12.2028`;
  await hold.getByLabel('Grund', { exact: true }).fill(reason);
  await hold.getByRole('button', { name: 'Aufbewahrungspflicht festlegen' }).click();
  await expect(hold.getByText('Die Aufbewahrungspflicht ist festgelegt.')).toBeVisible();
  await page.getByRole('button', { name: 'Personenbezogene Daten löschen' }).click();
  const dialog = page.getByRole('dialog', { name: `Personenbezogene Daten von ${firstName} ${lastName} löschen?` });
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(dialog.getByRole('alert')).toContainText(reason);
  await expectNoAxeViolations(page, 'erasure refused for a legal hold');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await hold.getByRole('button', { name: 'Aufbewahrungspflicht aufheben' }).click();
  await page.getByRole('dialog', { name: 'Aufbewahrungspflicht aufheben?' }).getByRole('button', { name: 'Aufheben' }).click();
  await expect(hold.getByText('Die Aufbewahrungspflicht ist aufgehoben.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();

  // The audit trail of this record: the export was recorded as a read of everything.
  await page.getByRole('link', { name: 'Alle Einträge zu diesem Datensatz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]resourceId=${id}\\b`));
  const entries = page.getByRole(isMobile ? 'list' : 'table', { name: 'Protokolleinträge' });
  await expect(entries).toContainText('exportNewcomerPersonalData');
  await expect(entries).toContainText('alles (Auskunft)');
  await expect(entries).toContainText('setNewcomerLegalHold');
  await expectNoAxeViolations(page, 'audit trail');

  // Filters go into the address, like every list's.
  await page.getByLabel('Benutzerkonto').fill('dpo');
  await page.getByRole('search', { name: 'Protokoll filtern' }).getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(/[?&]actor=dpo\b/);
  await expect(entries).toContainText('dpo');
  await expectNoAxeViolations(page, 'audit trail filtered');
});
