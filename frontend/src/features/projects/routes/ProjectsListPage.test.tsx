import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { lafi, page, wil } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';

/** Answers the list with WiL and LAfI and records each request's query. */
function serveProjects(total = 2) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('/api/v1/projects'), ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(page([wil(), lafi({ status: 'PLANNING' })], total));
    }),
  );
  return queries;
}

describe('projects list', () => {
  it('listsProjectsWithGermanDatesAndStatus', async () => {
    serveProjects();
    renderApp('/projects');

    const table = await screen.findByRole('table', { name: 'Projekte' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: 'Willkommen in Ludwigsburg' })).toHaveAttribute(
      'href',
      '/projects/01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b',
    );
    expect(within(rows[1]!).getByText('01.04.2015')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('31.03.2018')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Laufend')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('In Planung')).toBeInTheDocument();
    expect(screen.getByText('2 Einträge')).toBeInTheDocument();
  });

  it('searchPutsTheTermIntoTheUrlAndTheRequest', async () => {
    const queries = serveProjects();
    const { router, user } = renderApp('/projects');
    await screen.findByRole('table');

    await user.type(screen.getByRole('searchbox', { name: 'Suchbegriff' }), 'wil');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'wil' }));
    expect(router.state.location.href).toBe('/projects?q=wil');
    await waitFor(() => expect(queries.at(-1)?.get('q')).toBe('wil'));
    expect(queries.at(-1)?.get('page')).toBe('0');
  });

  it('readsFilterSortAndPageFromTheUrl', async () => {
    const queries = serveProjects(45);
    renderApp('/projects?status=RUNNING&sort=-startDate&page=2');

    await screen.findByRole('table');
    const last = queries.at(-1)!;
    expect(last.get('status')).toBe('RUNNING');
    expect(last.get('sort')).toBe('-startDate');
    expect(last.get('page')).toBe('1');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('RUNNING');
    expect(screen.getByRole('columnheader', { name: /Beginn/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText('Seite 2 von 3')).toBeInTheDocument();
  });

  it('sortsByAColumnAndTogglesTheDirection', async () => {
    serveProjects();
    const { router, user } = renderApp('/projects');
    await screen.findByRole('table');
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: /Beginn/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: 'startDate' }));

    await user.click(screen.getByRole('button', { name: /Beginn/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: '-startDate' }));
    expect(screen.getByRole('columnheader', { name: /Beginn/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('pagesThroughTheListViaTheUrl', async () => {
    const queries = serveProjects(45);
    const { router, user } = renderApp('/projects');
    await screen.findByText('1–20 von 45');

    await user.click(screen.getByRole('button', { name: 'Nächste Seite' }));

    await waitFor(() => expect(router.state.location.search).toEqual({ page: 2 }));
    await waitFor(() => expect(queries.at(-1)?.get('page')).toBe('1'));
    expect(await screen.findByText('21–40 von 45')).toBeInTheDocument();
  });

  it('showsCardsInsteadOfATableOnPhones', async () => {
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
    serveProjects();
    renderApp('/projects');

    const list = await screen.findByRole('list', { name: 'Projekte' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByRole('heading', { name: 'Willkommen in Ludwigsburg' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sortieren nach' })).toHaveValue('name');
    vi.unstubAllGlobals();
  });

  it('explainsAnUnavailableDatabase', async () => {
    server.use(
      http.get(apiUrl('/api/v1/projects'), () =>
        HttpResponse.json({ status: 503, title: 'Service Unavailable' }, { status: 503 }),
      ),
    );
    renderApp('/projects');

    expect(await screen.findByRole('alert')).toHaveTextContent('Die Datenbank ist vorübergehend nicht erreichbar.');
  });

  it('filtersByActionFieldFunderAndDayFromTheUrlAndTheForm', async () => {
    const queries = serveProjects();
    const { router, user } = renderApp('/projects?activeOn=2026-06-30&funder=BAMF');

    await screen.findByRole('table');
    await waitFor(() => expect(queries.at(-1)?.get('activeOn')).toBe('2026-06-30'));
    expect(queries.at(-1)?.get('funder')).toBe('BAMF');
    expect(screen.getByLabelText('Aktiv am')).toHaveValue('2026-06-30');
    expect(screen.getByRole('textbox', { name: 'Fördermittelgeber' })).toHaveValue('BAMF');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Handlungsfeld' }), 'Sprache und Bildung');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    await waitFor(() =>
      expect(router.state.location.search).toEqual({
        activeOn: '2026-06-30',
        funder: 'BAMF',
        actionField: 'LANGUAGE_EDUCATION',
      }),
    );
    await waitFor(() => expect(queries.at(-1)?.get('actionField')).toBe('LANGUAGE_EDUCATION'));
  });
});
