import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { JOUR_FIXE_ID, overdueAction, ROUND_TABLE_ID, upcomingAction } from '../test-fixtures';

/** Answers the list across meetings with two actions and records each request's query. */
function serveActions() {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('/api/v1/meeting-actions'), ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(page([overdueAction(), upcomingAction({ status: 'DONE', doneOn: '2026-04-03' })]));
    }),
  );
  return queries;
}

describe('actions from network meetings', () => {
  it('listsActionsWithDueDateOwnerStatusAndALinkToTheirMeeting', async () => {
    serveActions();
    renderApp('/meeting-actions?status=OPEN');

    expect(await screen.findByRole('heading', { level: 1, name: 'Aufgaben aus Netzwerktreffen' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Aufgaben aus Netzwerktreffen' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('15.01.2020')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Büro für Integration und Migration')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Überfällig')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link', { name: 'Runder Tisch Vielfalt' })).toHaveAttribute(
      'href',
      `/network-meetings/${ROUND_TABLE_ID}`,
    );
    expect(within(rows[2]!).getByText('Erledigt')).toBeInTheDocument();
    expect(within(rows[2]!).queryByText('Überfällig')).not.toBeInTheDocument();
    expect(within(rows[2]!).getByRole('link', { name: 'Jour Fixe Asyl' })).toHaveAttribute(
      'href',
      `/network-meetings/${JOUR_FIXE_ID}`,
    );
    expect(screen.getByText('2 Einträge')).toBeInTheDocument();
  });

  it('readsStatusOverdueSearchAndSortFromTheUrl', async () => {
    const queries = serveActions();
    renderApp('/meeting-actions?status=OPEN&overdue=true&q=schulamt&sort=-meetingStartsAt&page=2');

    await screen.findByRole('table');
    const last = queries.at(-1)!;
    expect(last.get('status')).toBe('OPEN');
    expect(last.get('overdue')).toBe('true');
    expect(last.get('q')).toBe('schulamt');
    expect(last.get('sort')).toBe('-meetingStartsAt');
    expect(last.get('page')).toBe('1');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('OPEN');
    expect(screen.getByRole('combobox', { name: 'Fälligkeit' })).toHaveValue('true');
    expect(screen.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('schulamt');
    expect(screen.getByRole('columnheader', { name: /Netzwerktreffen/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('appliesTheFiltersToTheUrlAndTheRequest', async () => {
    const queries = serveActions();
    const { router, user } = renderApp('/meeting-actions');
    await screen.findByRole('table');
    expect(queries.at(-1)?.get('sort')).toBe('dueDate');
    expect(queries.at(-1)?.has('status')).toBe(false);

    await user.type(screen.getByRole('searchbox', { name: 'Suchbegriff' }), 'Caritas');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Offen');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fälligkeit' }), 'Nur überfällige');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'Caritas', status: 'OPEN', overdue: true }));
    await waitFor(() => expect(queries.at(-1)?.get('overdue')).toBe('true'));
    expect(queries.at(-1)?.get('status')).toBe('OPEN');
    expect(queries.at(-1)?.get('q')).toBe('Caritas');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Fälligkeit' }), 'Nicht überfällig');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));
    await waitFor(() => expect(queries.at(-1)?.get('overdue')).toBe('false'));

    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
    await waitFor(() => expect(queries.at(-1)?.has('overdue')).toBe(false));
  });

  it('sortsByTheDateOfTheMeeting', async () => {
    const queries = serveActions();
    const { router, user } = renderApp('/meeting-actions?status=OPEN');
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: /Netzwerktreffen/ }));

    await waitFor(() => expect(router.state.location.search).toEqual({ status: 'OPEN', sort: 'meetingStartsAt' }));
    await waitFor(() => expect(queries.at(-1)?.get('sort')).toBe('meetingStartsAt'));
  });
});
