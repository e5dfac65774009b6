import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../api/client';
import { page } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';

const sponsor: Schemas['Sponsor'] = {
  id: '01933b5e-a14a-7c3d-9a1b-2c3d4e5f6a7b',
  version: 0,
  createdAt: '2026-03-01T09:30:00Z',
  updatedAt: '2026-03-01T09:30:00Z',
  firstName: 'Anna',
  lastName: 'Beispiel',
  languages: ['de', 'ro'],
  interests: ['Schule'],
  district: 'Oststadt',
  status: 'ACTIVE',
  trainingCompletedOn: '2015-09-30',
  maxMentees: 2,
  phone: '+49 7141 123456',
  email: 'anna.beispiel@example.org',
};

describe('sponsors list', () => {
  beforeEach(() => server.use(http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([])))));

  it('listsSponsorsWithLanguageNames', async () => {
    server.use(http.get(apiUrl('/api/v1/sponsors'), () => HttpResponse.json(page([sponsor]))));
    renderApp('/sponsors');

    const table = await screen.findByRole('table', { name: 'Patinnen und Paten' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Beispiel, Anna');
    expect(row).toHaveTextContent('Deutsch, Rumänisch');
    expect(row).toHaveTextContent('30.09.2015');
    expect(row).toHaveTextContent('Aktiv');
  });

  it('linksEachSponsorToItsPageAndOffersToAddOne', async () => {
    server.use(http.get(apiUrl('/api/v1/sponsors'), () => HttpResponse.json(page([sponsor]))));
    renderApp('/sponsors');

    const row = within(await screen.findByRole('table')).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Beispiel, Anna' })).toHaveAttribute('href', `/sponsors/${sponsor.id}`);
    expect(within(row).getByRole('link', { name: '+49 7141 123456' })).toHaveAttribute('href', 'tel:+497141123456');
    expect(within(row).getByRole('link', { name: 'anna.beispiel@example.org' })).toHaveAttribute(
      'href',
      'mailto:anna.beispiel@example.org',
    );
    expect(screen.getByRole('link', { name: 'Neue Patin / neuer Pate' })).toHaveAttribute('href', '/sponsors/new');
  });

  it('showsLinkedCardsOnPhones', async () => {
    vi.stubGlobal(
      'matchMedia',
      (query: string) =>
        ({
          matches: query.includes('max-width'),
          media: query,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        }) as unknown as MediaQueryList,
    );
    server.use(http.get(apiUrl('/api/v1/sponsors'), () => HttpResponse.json(page([sponsor]))));
    renderApp('/sponsors');

    const card = within(await screen.findByRole('list', { name: 'Patinnen und Paten' })).getByRole('listitem');
    expect(within(card).getByRole('heading', { name: 'Beispiel, Anna' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Beispiel, Anna' })).toHaveAttribute('href', `/sponsors/${sponsor.id}`);
    expect(within(card).getByRole('link', { name: '+49 7141 123456' })).toHaveAttribute('href', 'tel:+497141123456');
    vi.unstubAllGlobals();
  });

  it('filtersTrainedSponsorsViaTheUrl', async () => {
    const trained: (string | null)[] = [];
    server.use(
      http.get(apiUrl('/api/v1/sponsors'), ({ request }) => {
        trained.push(new URL(request.url).searchParams.get('trained'));
        return HttpResponse.json(page([sponsor]));
      }),
    );
    const { router, user } = renderApp('/sponsors');
    await screen.findByRole('table');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Geschult' }), 'true');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    await waitFor(() => expect(router.state.location.search).toEqual({ trained: true }));
    await waitFor(() => expect(trained.at(-1)).toBe('true'));
  });

  it('filtersByLanguageAndDistrictFromTheUrlAndTheForm', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/v1/sponsors'), ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json(page([sponsor]));
      }),
    );
    const { router, user } = renderApp('/sponsors?district=Oststadt');
    await screen.findByRole('table');
    await waitFor(() => expect(queries.at(-1)?.get('district')).toBe('Oststadt'));
    expect(screen.getByRole('textbox', { name: 'Stadtteil' })).toHaveValue('Oststadt');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'Ukrainisch');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    await waitFor(() => expect(router.state.location.search).toEqual({ district: 'Oststadt', language: 'uk' }));
    await waitFor(() => expect(queries.at(-1)?.get('language')).toBe('uk'));
  });
});
