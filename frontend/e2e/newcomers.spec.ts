import { expect, test } from '@playwright/test';
import { apiHeaders } from './support/auth';
import { expectNoAxeViolations } from './support/axe';

/** Tigrinya: four newcomers of the demo data speak it (among other languages). */
const language = { code: 'ti', name: 'Tigrinya' };

test.describe('newcomer search on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'phone only');

  test('finds the newcomers who speak a language, two taps from the start page', async ({ page, request }) => {
    const answer = await request.get(`/api/v1/newcomers?language=${language.code}&size=100`, {
      headers: await apiHeaders(request),
    });
    expect(answer.ok(), `${answer.status()} ${await answer.text()}`).toBe(true);
    const expected = (await answer.json()) as { total: number; items: { firstName: string; lastName: string }[] };
    expect(expected.total).toBeGreaterThan(0);
    const expectedNames = expected.items.map((n) => `${n.lastName}, ${n.firstName}`).sort();

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();

    // Tap 1: the menu; tap 2: the section. The search form is then on screen.
    await page.getByRole('button', { name: 'Menü' }).tap();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Neuzugewanderte' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Neuzugewanderte' })).toBeVisible();
    const search = page.getByRole('search');
    await expect(search).toBeInViewport();

    const languageFilter = search.getByLabel(/^Sprache/);
    await expect(languageFilter, 'the search offers a language filter').toBeVisible();
    await languageFilter.selectOption({ label: language.name });
    await search.getByRole('button', { name: 'Suchen' }).tap();

    await expect(page).toHaveURL(new RegExp(`[?&]language=${language.code}\\b`));
    await expect(page.getByRole('status').filter({ hasText: /Einträge?$/ })).toHaveText(
      expected.total === 1 ? '1 Eintrag' : `${expected.total} Einträge`,
    );
    const cards = page.getByRole('list', { name: 'Neuzugewanderte' }).getByRole('listitem');
    await expect(cards).toHaveCount(expected.total);
    const names = (await cards.getByRole('heading', { level: 2 }).allTextContents()).map((name) => name.trim()).sort();
    expect(names).toEqual(expectedNames);
    for (const card of await cards.all()) {
      await expect(card.getByRole('definition').filter({ hasText: language.name })).toHaveCount(1);
    }

    await expectNoAxeViolations(page, 'newcomers filtered by language');
  });
});
