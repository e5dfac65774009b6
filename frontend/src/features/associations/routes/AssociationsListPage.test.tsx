import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { page } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';

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
});
