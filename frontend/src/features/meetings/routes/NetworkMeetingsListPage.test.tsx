import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { page } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';

const meeting: Schemas['NetworkMeeting'] = {
  id: '01933b5e-6d4a-7c3d-9a1b-2c3d4e5f6a7b',
  version: 0,
  createdAt: '2026-03-01T09:30:00Z',
  updatedAt: '2026-03-01T09:30:00Z',
  title: 'Kamingespräch beim Kulturverein',
  format: 'FIRESIDE_TALK',
  startsAt: '2021-06-10T16:00:00Z',
  location: 'Vereinsheim Oststadt',
  actionFields: [],
  topics: ['Raumbedarf', 'Herkunftssprachlicher Unterricht'],
};

describe('network meetings list', () => {
  it('listsMeetingsLatestFirst', async () => {
    const sorts: (string | null)[] = [];
    server.use(
      http.get(apiUrl('/api/v1/network-meetings'), ({ request }) => {
        sorts.push(new URL(request.url).searchParams.get('sort'));
        return HttpResponse.json(page([meeting]));
      }),
    );
    renderApp('/network-meetings');

    const table = await screen.findByRole('table', { name: 'Netzwerktreffen' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Kamingespräch beim Kulturverein' })).toHaveAttribute(
      'href',
      `/network-meetings/${meeting.id}`,
    );
    expect(row).toHaveTextContent('Kamingespräch');
    expect(row).toHaveTextContent('10.06.2021');
    expect(row).toHaveTextContent('Raumbedarf, Herkunftssprachlicher Unterricht');
    expect(sorts).toEqual(['-startsAt']);
    expect(screen.getByRole('columnheader', { name: /Beginn/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('link', { name: 'Neues Treffen' })).toHaveAttribute('href', '/network-meetings/new');
  });

  it('keepsTheStartDayFromTheStartPageLinkAndSendsItToTheApi', async () => {
    const sent: (string | null)[] = [];
    server.use(
      http.get(apiUrl('/api/v1/network-meetings'), ({ request }) => {
        sent.push(new URL(request.url).searchParams.get('from'));
        return HttpResponse.json(page([meeting]));
      }),
    );
    renderApp('/network-meetings?from=2026-11-23&sort=startsAt');

    await screen.findByRole('table', { name: 'Netzwerktreffen' });
    expect(sent).toEqual(['2026-11-23']);
    expect(screen.getByLabelText('Ab (Datum)')).toHaveValue('2026-11-23');
    expect(screen.getByRole('button', { name: 'Filter zurücksetzen' })).toBeInTheDocument();
  });
});
