import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { page, wil } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';

const grant: Schemas['BudgetLine'] = {
  id: '01933b5e-a04a-7c3d-9a1b-2c3d4e5f6a7b',
  version: 0,
  createdAt: '2026-03-01T09:30:00Z',
  updatedAt: '2026-03-01T09:30:00Z',
  projectId: wil().id,
  fiscalYear: 2015,
  kind: 'FUNDING',
  category: 'STATE_GRANT',
  description: 'Zuschuss VwV Integration',
  plannedAmount: '63000.00',
  actualAmount: '61250.40',
  costCentre: '17405010',
  budgetItem: '1.4390.6790.000',
};

describe('budget lines list', () => {
  it('listsAmountsExactlyInGermanFormat', async () => {
    server.use(
      http.get(apiUrl('/api/v1/budget-lines'), () => HttpResponse.json(page([grant]))),
      http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([wil()]))),
    );
    renderApp('/budget-lines');

    const table = await screen.findByRole('table', { name: 'Haushaltspositionen' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent(/63\.000,00\s€/);
    expect(row).toHaveTextContent(/61\.250,40\s€/);
    expect(row).toHaveTextContent('Landeszuschuss');
    expect(row).toHaveTextContent('1.4390.6790.000');
    await waitFor(() => expect(row).toHaveTextContent('WIL'));
    expect(screen.getByRole('columnheader', { name: /Haushaltsjahr/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('filtersByKindViaTheUrl', async () => {
    const kinds: (string | null)[] = [];
    server.use(
      http.get(apiUrl('/api/v1/budget-lines'), ({ request }) => {
        kinds.push(new URL(request.url).searchParams.get('kind'));
        return HttpResponse.json(page([grant]));
      }),
      http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([wil()]))),
    );
    const { router, user } = renderApp('/budget-lines');
    await screen.findByRole('table');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Art' }), 'FUNDING');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    await waitFor(() => expect(router.state.location.search).toEqual({ kind: 'FUNDING' }));
    await waitFor(() => expect(kinds.at(-1)).toBe('FUNDING'));
  });

  it('linksEachLineToItsPageAndStartsANewLineInTheFilteredProject', async () => {
    server.use(
      http.get(apiUrl('/api/v1/budget-lines'), () => HttpResponse.json(page([grant]))),
      http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([wil()]))),
    );
    renderApp(`/budget-lines?projectId=${wil().id}`);

    const table = await screen.findByRole('table', { name: 'Haushaltspositionen' });
    expect(within(table).getByRole('link', { name: 'Zuschuss VwV Integration' })).toHaveAttribute(
      'href',
      `/budget-lines/${grant.id}`,
    );
    expect(screen.getByRole('link', { name: 'Neue Haushaltsposition' })).toHaveAttribute(
      'href',
      `/budget-lines/new?projectId=${wil().id}`,
    );
  });

  it('filtersByFiscalYearFromTheUrlAndTheForm', async () => {
    const years: (string | null)[] = [];
    server.use(
      http.get(apiUrl('/api/v1/budget-lines'), ({ request }) => {
        years.push(new URL(request.url).searchParams.get('fiscalYear'));
        return HttpResponse.json(page([grant]));
      }),
      http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([wil()]))),
    );
    const { router, user } = renderApp('/budget-lines?fiscalYear=2015');
    await screen.findByRole('table');
    await waitFor(() => expect(years.at(-1)).toBe('2015'));
    const year = screen.getByRole('textbox', { name: 'Haushaltsjahr' });
    expect(year).toHaveValue('2015');

    await user.clear(year);
    await user.type(year, '2016');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    await waitFor(() => expect(router.state.location.search).toEqual({ fiscalYear: 2016 }));
    await waitFor(() => expect(years.at(-1)).toBe('2016'));
  });
});
