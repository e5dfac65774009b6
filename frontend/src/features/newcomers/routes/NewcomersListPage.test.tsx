import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
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
};

describe('newcomers list', () => {
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
});
