import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page, problem, wil } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { stateGrant } from '../test-fixtures';

const id = stateGrant().id;

/** The description list's value for a label. */
function fact(label: string) {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

function serveLine(line = stateGrant()) {
  server.use(
    http.get(apiUrl(`/api/v1/budget-lines/${id}`), () => HttpResponse.json(line)),
    http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([wil()]))),
  );
}

describe('budget line detail', () => {
  it('showsEveryFieldWithExactGermanAmounts', async () => {
    serveLine();
    renderApp(`/budget-lines/${id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Zuschuss VwV Integration' })).toBeInTheDocument();
    expect(screen.getByText('Förderung · Haushaltsjahr 2015')).toBeInTheDocument();
    expect(fact('Plan')).toHaveTextContent(/^63\.000,00\s€$/);
    expect(fact('Ist')).toHaveTextContent(/^12\.345,67\s€$/);
    expect(fact('Art')).toHaveTextContent('Förderung');
    expect(fact('Kategorie')).toHaveTextContent('Landeszuschuss');
    expect(fact('Haushaltsjahr')).toHaveTextContent('2015');
    expect(fact('Kostenstelle')).toHaveTextContent('17405010');
    expect(fact('Finanzposition')).toHaveTextContent('1.4390.6790.000');
    expect(fact('Fördermittelgeber')).toHaveTextContent('Land Baden-Württemberg');
    const project = within(fact('Projekt')).getByRole('link');
    expect(project).toHaveAttribute('href', `/projects/${wil().id}`);
    await waitFor(() => expect(project).toHaveTextContent('Willkommen in Ludwigsburg'));
    expect(screen.getByRole('link', { name: 'Bearbeiten' })).toHaveAttribute('href', `/budget-lines/${id}/edit`);
    expect(screen.getByRole('link', { name: 'Zu den Haushaltspositionen' })).toHaveAttribute('href', '/budget-lines');
    expect(document.title).toBe('Zuschuss VwV Integration – Lotse');
  });

  it('saysWhenTheActualAmountIsNotKnownYet', async () => {
    serveLine(stateGrant({ actualAmount: undefined, funder: undefined, costCentre: undefined }));
    renderApp(`/budget-lines/${id}`);

    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(fact('Ist')).toHaveTextContent('Noch nicht bekannt');
    expect(fact('Fördermittelgeber')).toHaveTextContent('–');
    expect(fact('Kostenstelle')).toHaveTextContent('–');
  });

  it('asksBeforeDeletingAndShowsWhyADeleteIsRefused', async () => {
    serveLine();
    server.use(
      http.delete(apiUrl(`/api/v1/budget-lines/${id}`), () =>
        HttpResponse.json(
          problem(409, {
            type: 'urn:lotse:problem:in-use',
            title: 'Still in use',
            detail: 'The budget line is part of a committee report that has been sent.',
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, router } = renderApp(`/budget-lines/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Haushaltsposition löschen?' });
    expect(dialog).toHaveTextContent(
      'Möchten Sie die Haushaltsposition „Zuschuss VwV Integration“ (Haushaltsjahr 2015) endgültig löschen?',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    const reason = await within(dialog).findByRole('alert');
    expect(reason).toHaveTextContent('Die Haushaltsposition kann nicht gelöscht werden');
    expect(reason).toHaveTextContent('The budget line is part of a committee report that has been sent.');
    expect(router.state.location.pathname).toBe(`/budget-lines/${id}`);
  });

  it('deletesAndReturnsToTheListWithAMessage', async () => {
    serveLine();
    server.use(
      http.delete(apiUrl(`/api/v1/budget-lines/${id}`), () => new HttpResponse(null, { status: 204 })),
      http.get(apiUrl('/api/v1/budget-lines'), () => HttpResponse.json(page([]))),
    );
    const { user, router } = renderApp(`/budget-lines/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Endgültig löschen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/budget-lines'));
    expect(await screen.findByText('Die Haushaltsposition „Zuschuss VwV Integration“ wurde gelöscht.')).toBeInTheDocument();
  });
});
