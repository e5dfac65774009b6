import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { page } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { kulturverein } from '../test-fixtures';

const association: Schemas['Association'] = {
  id: '01933b5e-7e4a-7c3d-9a1b-2c3d4e5f6a7b',
  version: 0,
  createdAt: '2026-03-01T09:30:00Z',
  updatedAt: '2026-03-01T09:30:00Z',
  name: 'Deutsch-Rumänischer Kulturverein',
  kind: 'MIGRANT_ORGANISATION',
  fields: ['CULTURE', 'EDUCATION'],
  languages: ['ro', 'de'],
  district: 'Oststadt',
  memberCount: 1200,
  active: true,
};

describe('associations list', () => {
  it('listsAssociationsWithKindFieldsAndMembers', async () => {
    server.use(http.get(apiUrl('/api/v1/associations'), () => HttpResponse.json(page([association]))));
    renderApp('/associations?kind=MIGRANT_ORGANISATION');

    const table = await screen.findByRole('table', { name: 'Vereine und Initiativen' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Deutsch-Rumänischer Kulturverein');
    expect(row).toHaveTextContent('Migrantenorganisation');
    expect(row).toHaveTextContent('Kultur, Bildung');
    expect(row).toHaveTextContent('1.200');
    expect(screen.getByRole('combobox', { name: 'Art' })).toHaveValue('MIGRANT_ORGANISATION');
  });

  it('linksEachNameToItsPageAndContactsToPhoneAndMail', async () => {
    server.use(http.get(apiUrl('/api/v1/associations'), () => HttpResponse.json(page([kulturverein()]))));
    renderApp('/associations');

    const row = within(await screen.findByRole('table', { name: 'Vereine und Initiativen' })).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Deutsch-Rumänischer Kulturverein' })).toHaveAttribute(
      'href',
      `/associations/${kulturverein().id}`,
    );
    expect(row).toHaveTextContent('Ana Beispiel');
    expect(within(row).getByRole('link', { name: '+49 7141 000000' })).toHaveAttribute('href', 'tel:+497141000000');
    expect(within(row).getByRole('link', { name: 'kontakt@kulturverein.example.org' })).toHaveAttribute(
      'href',
      'mailto:kontakt@kulturverein.example.org',
    );
    expect(screen.getByRole('link', { name: 'Neuer Verein' })).toHaveAttribute('href', '/associations/new');
  });

  it('filtersByLanguageAndDistrictFromTheUrlAndTheForm', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/v1/associations'), ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json(page([association]));
      }),
    );
    const { router, user } = renderApp('/associations?language=ar');
    await screen.findByRole('table');
    await waitFor(() => expect(queries.at(-1)?.get('language')).toBe('ar'));
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('ar');

    await user.type(screen.getByRole('textbox', { name: 'Stadtteil' }), 'Weststadt');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    await waitFor(() => expect(router.state.location.search).toEqual({ language: 'ar', district: 'Weststadt' }));
    await waitFor(() => expect(queries.at(-1)?.get('district')).toBe('Weststadt'));
  });
});
