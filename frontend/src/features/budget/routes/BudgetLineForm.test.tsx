import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { lafi, page, problem, wil } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { stateGrant } from '../test-fixtures';

const id = stateGrant().id;
const problemJson = { 'Content-Type': 'application/problem+json' };

function serveProjects() {
  server.use(http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([wil(), lafi()]))));
}

/** Records whether anything was posted; answers with the state grant. */
function servePost() {
  const posted: Schemas['BudgetLineRequest'][] = [];
  server.use(
    http.post(apiUrl('/api/v1/budget-lines'), async ({ request }) => {
      posted.push((await request.json()) as Schemas['BudgetLineRequest']);
      return HttpResponse.json(stateGrant({ version: 0 }), { status: 201 });
    }),
  );
  return posted;
}

const optionLabels = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('budget line form', () => {
  it('createsALineFromGermanAmountsAndOpensIt', async () => {
    serveProjects();
    const posted = servePost();
    server.use(http.get(apiUrl(`/api/v1/budget-lines/${id}`), () => HttpResponse.json(stateGrant())));
    const { user, router } = renderApp(`/budget-lines/new?projectId=${wil().id}`);

    // Started from a project's lines, the project is already chosen.
    expect(await screen.findByRole('combobox', { name: 'Projekt' })).toHaveValue(wil().id);
    const year = screen.getByRole('textbox', { name: /Haushaltsjahr/ });
    await user.clear(year);
    await user.type(year, '2016');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Art' }), 'FUNDING');
    await user.selectOptions(screen.getByRole('combobox', { name: /Kategorie/ }), 'STATE_GRANT');
    await user.type(screen.getByRole('textbox', { name: /Beschreibung/ }), 'Zuschuss VwV Integration');
    await user.type(screen.getByRole('textbox', { name: /^Plan/ }), '12.345,67');
    await user.type(screen.getByRole('textbox', { name: /^Ist/ }), '1234,5');
    await user.type(screen.getByRole('textbox', { name: /Kostenstelle/ }), '17405010');
    await user.type(screen.getByRole('textbox', { name: /Finanzposition/ }), '1.4390.6790.000');
    await user.type(screen.getByRole('textbox', { name: /Fördermittelgeber/ }), 'Land Baden-Württemberg');
    await user.click(screen.getByRole('button', { name: 'Haushaltsposition anlegen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/budget-lines/${id}`));
    expect(posted).toEqual([
      {
        projectId: wil().id,
        fiscalYear: 2016,
        kind: 'FUNDING',
        category: 'STATE_GRANT',
        description: 'Zuschuss VwV Integration',
        plannedAmount: '12345.67',
        actualAmount: '1234.50',
        costCentre: '17405010',
        budgetItem: '1.4390.6790.000',
        funder: 'Land Baden-Württemberg',
      },
    ]);
    expect(await screen.findByText('Die Haushaltsposition wurde angelegt.')).toBeInTheDocument();
  });

  it('offersOnlyCategoriesThatFitTheKindAndCatchesAMismatch', async () => {
    serveProjects();
    const posted = servePost();
    const { user } = renderApp('/budget-lines/new');

    const kind = await screen.findByRole('combobox', { name: 'Art' });
    const category = screen.getByRole('combobox', { name: /Kategorie/ });
    expect(optionLabels(category)).toEqual([
      'Bitte wählen',
      'Personal',
      'Sachkosten',
      'Miete',
      'Veranstaltungen',
      'Schulungen',
      'Sonstiges',
    ]);
    await user.selectOptions(kind, 'FUNDING');
    expect(optionLabels(category)).toEqual(['Bitte wählen', 'Landeszuschuss', 'Stiftung', 'Städtischer Haushalt', 'Sonstiges']);
    await user.selectOptions(category, 'STATE_GRANT');

    // Changing the kind afterwards does not silently change the category: the mismatch is named at once.
    await user.selectOptions(kind, 'COST');
    const message =
      'Die Kategorie „Landeszuschuss“ passt nicht zur Art „Kosten“. Bitte wählen Sie Personal, Sachkosten, Miete, Veranstaltungen, Schulungen oder Sonstiges.';
    await waitFor(() => expect(category).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(category).toHaveValue('STATE_GRANT');
    expect(category).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Haushaltsposition anlegen' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: `Kategorie: ${message}` })).toHaveAttribute(
      'href',
      '#budget-line-category',
    );
    expect(posted).toHaveLength(0);

    await user.selectOptions(category, 'OTHER');
    await waitFor(() => expect(category).not.toHaveAttribute('aria-invalid'));
  });

  it('checksAmountsYearAndCodesBeforeSending', async () => {
    serveProjects();
    const posted = servePost();
    const { user } = renderApp('/budget-lines/new');

    const year = await screen.findByRole('textbox', { name: /Haushaltsjahr/ });
    await user.clear(year);
    await user.type(year, '1999');
    await user.type(screen.getByRole('textbox', { name: /^Plan/ }), '12,345');
    await user.type(screen.getByRole('textbox', { name: /^Ist/ }), '-5,00');
    await user.type(screen.getByRole('textbox', { name: /Kostenstelle/ }), '174 05');
    await user.click(screen.getByRole('button', { name: 'Haushaltsposition anlegen' }));

    expect(await screen.findByRole('combobox', { name: 'Projekt' })).toHaveAccessibleDescription(
      'Bitte wählen Sie das Projekt, zu dem die Position gehört.',
    );
    expect(year).toHaveAccessibleDescription(expect.stringContaining('von 2000 bis 2100'));
    expect(screen.getByRole('combobox', { name: /Kategorie/ })).toHaveAccessibleDescription(
      expect.stringContaining('Bitte füllen Sie dieses Feld aus.'),
    );
    expect(screen.getByRole('textbox', { name: /^Plan/ })).toHaveAccessibleDescription(
      expect.stringContaining('Bitte geben Sie höchstens zwei Nachkommastellen ein.'),
    );
    expect(screen.getByRole('textbox', { name: /^Ist/ })).toHaveAccessibleDescription(
      expect.stringContaining('Der Betrag darf nicht negativ sein.'),
    );
    expect(screen.getByRole('textbox', { name: /Kostenstelle/ })).toHaveAccessibleDescription(
      expect.stringContaining('nur Buchstaben, Ziffern, Punkt, Bindestrich und Schrägstrich'),
    );
    expect(posted).toHaveLength(0);
  });

  it('showsAServerViolationAtItsField', async () => {
    serveProjects();
    server.use(
      http.post(apiUrl('/api/v1/budget-lines'), () =>
        HttpResponse.json(
          problem(400, {
            type: 'urn:lotse:problem:validation',
            title: 'Invalid request',
            detail: '1 field is invalid',
            violations: [{ field: 'projectId', in: 'body', message: 'no project with this id' }],
          }),
          { status: 400, headers: problemJson },
        ),
      ),
    );
    const { user } = renderApp(`/budget-lines/new?projectId=${lafi().id}`);

    await user.selectOptions(await screen.findByRole('combobox', { name: /Kategorie/ }), 'MATERIAL');
    await user.type(screen.getByRole('textbox', { name: /Beschreibung/ }), 'Sachkosten Netzwerktreffen');
    await user.type(screen.getByRole('textbox', { name: /^Plan/ }), '1500');
    await user.click(screen.getByRole('button', { name: 'Haushaltsposition anlegen' }));

    const project = screen.getByRole('combobox', { name: 'Projekt' });
    await waitFor(() => expect(project).toHaveAttribute('aria-invalid', 'true'));
    expect(project).toHaveAccessibleDescription('no project with this id');
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Projekt: no project with this id' })).toHaveAttribute(
      'href',
      '#budget-line-projectId',
    );
    expect(screen.getByRole('textbox', { name: /^Plan/ })).toHaveValue('1500');
  });

  it('keepsTheInputOnAStaleVersionAndShowsTheChangedAmounts', async () => {
    serveProjects();
    // Someone else booked a new actual amount and saved version 2 while this user edited version 1.
    let stored = stateGrant({ version: 1 });
    const theirs = stateGrant({ version: 2, actualAmount: '20000.00', updatedAt: '2026-03-02T08:00:00Z' });
    const puts: Schemas['BudgetLineRequest'][] = [];
    server.use(
      http.get(apiUrl(`/api/v1/budget-lines/${id}`), () => HttpResponse.json(stored)),
      http.put(apiUrl(`/api/v1/budget-lines/${id}`), async ({ request }) => {
        const body = (await request.json()) as Schemas['BudgetLineRequest'];
        puts.push(body);
        if (body.version !== stored.version) {
          return HttpResponse.json(
            problem(409, {
              type: 'urn:lotse:problem:version-conflict',
              title: 'Version conflict',
              detail: 'The record was changed by someone else',
              currentVersion: stored.version,
            }),
            { status: 409, headers: problemJson },
          );
        }
        stored = { ...stored, ...body, version: stored.version + 1 };
        return HttpResponse.json(stored);
      }),
    );
    const { user, router } = renderApp(`/budget-lines/${id}/edit`);

    const planned = await screen.findByRole('textbox', { name: /^Plan/ });
    expect(planned).toHaveValue('63.000,00');
    expect(screen.getByRole('textbox', { name: /^Ist/ })).toHaveValue('12.345,67');
    stored = theirs;
    await user.clear(planned);
    await user.type(planned, '57.240');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Jemand anderes hat diesen Eintrag inzwischen geändert');
    expect(conflict).toHaveTextContent('jetzt Version 2');
    const actualRow = within(conflict).getByRole('row', { name: /^Ist/ });
    expect(actualRow).toHaveTextContent(/12\.345,67\s€/);
    expect(actualRow).toHaveTextContent(/20\.000,00\s€/);
    expect(within(conflict).queryByRole('row', { name: /^Plan/ })).not.toBeInTheDocument();
    expect(planned).toHaveValue('57.240');

    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderungen auf die aktuelle Fassung übertragen' }));
    expect(screen.getByRole('textbox', { name: /^Ist/ })).toHaveValue('20.000,00');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/budget-lines/${id}`));
    expect(puts).toHaveLength(2);
    expect(puts[0]).toMatchObject({ version: 1, plannedAmount: '57240.00', actualAmount: '12345.67' });
    expect(puts[1]).toMatchObject({ version: 2, plannedAmount: '57240.00', actualAmount: '20000.00' });
    expect(await screen.findByText('Die Haushaltsposition wurde gespeichert.')).toBeInTheDocument();
  });
});
