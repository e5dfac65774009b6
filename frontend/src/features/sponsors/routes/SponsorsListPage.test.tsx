import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
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
};

describe('sponsors list', () => {
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
});
