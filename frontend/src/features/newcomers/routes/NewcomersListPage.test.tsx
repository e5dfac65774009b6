import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { page } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';

const newcomer: Schemas['Newcomer'] = {
  id: '01933b5e-b24a-7c3d-9a1b-2c3d4e5f6a7b',
  version: 0,
  createdAt: '2026-03-01T09:30:00Z',
  updatedAt: '2026-03-01T09:30:00Z',
  firstName: 'Elena',
  lastName: 'Beispiel',
  countryOfOrigin: 'RO',
  languages: ['ro'],
  arrivalDate: '2026-01-15',
  district: 'Oststadt',
  householdSize: 4,
  needs: ['SCHOOL'],
  residenceStatus: 'EU_FREE_MOVEMENT',
  status: 'WAITING',
  phone: '+49 7141 654321',
  email: 'elena.beispiel@example.org',
};

describe('newcomers list', () => {
  beforeEach(() => server.use(http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([])))));

  it('listsNewcomersWithoutTheirResidenceStatus', async () => {
    server.use(http.get(apiUrl('/api/v1/newcomers'), () => HttpResponse.json(page([newcomer]))));
    renderApp('/newcomers');

    const table = await screen.findByRole('table', { name: 'Neuzugewanderte' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Beispiel, Elena');
    expect(row).toHaveTextContent('Rumänien');
    expect(row).toHaveTextContent('15.01.2026');
    expect(row).toHaveTextContent('Wartet');
    expect(table).not.toHaveTextContent(/Aufenthalt|Freizügigkeit|EU_FREE_MOVEMENT/);
  });

  it('linksEachNewcomerToTheirPageWithTappableContactAndOffersToAddOne', async () => {
    server.use(http.get(apiUrl('/api/v1/newcomers'), () => HttpResponse.json(page([newcomer]))));
    renderApp('/newcomers');

    const row = within(await screen.findByRole('table')).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Beispiel, Elena' })).toHaveAttribute('href', `/newcomers/${newcomer.id}`);
    expect(within(row).getByRole('link', { name: '+49 7141 654321' })).toHaveAttribute('href', 'tel:+497141654321');
    expect(within(row).getByRole('link', { name: 'elena.beispiel@example.org' })).toHaveAttribute(
      'href',
      'mailto:elena.beispiel@example.org',
    );
    expect(screen.getByRole('link', { name: 'Neuzugewanderte Person anlegen' })).toHaveAttribute('href', '/newcomers/new');
  });

  it('filtersByLanguageAndArrivalFromTheUrlAndTheForm', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/v1/newcomers'), ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json(page([newcomer]));
      }),
      http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([]))),
    );
    const { router, user } = renderApp('/newcomers?arrivedFrom=2026-01-01&district=Oststadt');
    await screen.findByRole('table');
    await waitFor(() => expect(queries.at(-1)?.get('arrivedFrom')).toBe('2026-01-01'));
    expect(queries.at(-1)?.get('district')).toBe('Oststadt');
    expect(screen.getByLabelText('Angekommen ab')).toHaveValue('2026-01-01');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'Tigrinya');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    await waitFor(() => expect(router.state.location.search).toMatchObject({ language: 'ti', arrivedFrom: '2026-01-01' }));
    await waitFor(() => expect(queries.at(-1)?.get('language')).toBe('ti'));
  });
});
