import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { page, problem, wil } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';

const id = wil().id;

describe('project form', () => {
  it('showsAServerViolationAtItsField', async () => {
    server.use(
      http.post(apiUrl('/api/v1/projects'), () =>
        HttpResponse.json(
          problem(400, {
            type: 'urn:lotse:problem:validation',
            title: 'Invalid request',
            detail: '1 field is invalid',
            violations: [{ field: 'endDate', in: 'body', message: 'must not be before startDate' }],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp('/projects/new');

    await user.type(await screen.findByRole('textbox', { name: 'Code' }), 'WIL2');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Willkommen in Ludwigsburg II');
    await user.click(screen.getByRole('button', { name: 'Projekt anlegen' }));

    const endDate = await screen.findByLabelText(/^Ende/);
    await waitFor(() => expect(endDate).toHaveAttribute('aria-invalid', 'true'));
    expect(endDate).toHaveAccessibleDescription(expect.stringContaining('must not be before startDate'));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Ende: must not be before startDate' })).toHaveAttribute(
      'href',
      '#project-endDate',
    );
    // The input stays as typed.
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveValue('WIL2');
  });

  it('checksTheContractsConstraintsBeforeSending', async () => {
    let posted = false;
    server.use(
      http.post(apiUrl('/api/v1/projects'), () => {
        posted = true;
        return HttpResponse.json(wil(), { status: 201 });
      }),
    );
    const { user } = renderApp('/projects/new');

    await user.type(await screen.findByRole('textbox', { name: 'Code' }), 'wil 2');
    await user.type(screen.getByLabelText(/^Beginn/), '2018-04-01');
    await user.type(screen.getByLabelText(/^Ende/), '2018-03-31');
    await user.click(screen.getByRole('button', { name: 'Projekt anlegen' }));

    expect(await screen.findByRole('textbox', { name: 'Code' })).toHaveAccessibleDescription(
      expect.stringContaining('nur Großbuchstaben'),
    );
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    expect(screen.getByLabelText(/^Ende/)).toHaveAccessibleDescription(
      expect.stringContaining('Das Ende darf nicht vor dem Beginn liegen.'),
    );
    expect(posted).toBe(false);
  });

  it('createsAProjectAndOpensIt', async () => {
    let body: Schemas['ProjectRequest'] | undefined;
    server.use(
      http.post(apiUrl('/api/v1/projects'), async ({ request }) => {
        body = (await request.json()) as Schemas['ProjectRequest'];
        return HttpResponse.json(wil({ ...body, version: 0 }), { status: 201 });
      }),
      http.get(apiUrl(`/api/v1/projects/${id}`), () => HttpResponse.json(wil())),
      http.get(apiUrl(`/api/v1/projects/${id}/milestones`), () => HttpResponse.json(page([]))),
    );
    const { user, router } = renderApp('/projects/new');

    await user.type(await screen.findByRole('textbox', { name: 'Code' }), 'WIL');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Willkommen in Ludwigsburg');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'RUNNING');
    await user.click(screen.getByRole('checkbox', { name: 'Bürgerschaftliches Engagement' }));
    await user.type(screen.getByRole('textbox', { name: /Stellenanteil/ }), '35');
    await user.click(screen.getByRole('button', { name: 'Projekt anlegen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/projects/${id}`));
    expect(body).toEqual({
      code: 'WIL',
      name: 'Willkommen in Ludwigsburg',
      status: 'RUNNING',
      actionFields: ['CIVIC_ENGAGEMENT'],
      staffSharePercent: 35,
    });
    expect(await screen.findByText('Das Projekt wurde angelegt.')).toBeInTheDocument();
  });

  it('keepsTheInputOnAStaleVersionAndAppliesItOnTopOfTheCurrentOne', async () => {
    // Someone else changed the funder and saved version 2 while this user edited version 1.
    const theirs = wil({ version: 2, funder: 'Stiftung Ludwigsburg', updatedAt: '2026-03-02T08:00:00Z' });
    let stored = wil({ version: 1 });
    const puts: Schemas['ProjectRequest'][] = [];
    server.use(
      http.get(apiUrl(`/api/v1/projects/${id}`), () => HttpResponse.json(stored)),
      http.put(apiUrl(`/api/v1/projects/${id}`), async ({ request }) => {
        const body = (await request.json()) as Schemas['ProjectRequest'];
        puts.push(body);
        if (body.version !== stored.version) {
          return HttpResponse.json(
            problem(409, {
              type: 'urn:lotse:problem:version-conflict',
              title: 'Version conflict',
              detail: 'The project was changed by someone else',
              currentVersion: stored.version,
            }),
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        stored = { ...stored, ...body, version: stored.version + 1 };
        return HttpResponse.json(stored);
      }),
      http.get(apiUrl(`/api/v1/projects/${id}/milestones`), () => HttpResponse.json(page([]))),
    );
    const { user, router } = renderApp(`/projects/${id}/edit`);

    const name = await screen.findByRole('textbox', { name: 'Name' });
    stored = theirs;
    await user.clear(name);
    await user.type(name, 'Willkommen in Ludwigsburg 2');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Jemand anderes hat diesen Eintrag inzwischen geändert');
    expect(conflict).toHaveTextContent('(Version 1)');
    expect(conflict).toHaveTextContent('jetzt Version 2');
    const funderRow = within(conflict).getByRole('row', { name: /Fördermittelgeber/ });
    expect(funderRow).toHaveTextContent('Ministerium für Integration Baden-Württemberg');
    expect(funderRow).toHaveTextContent('Stiftung Ludwigsburg');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Willkommen in Ludwigsburg 2');

    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderungen auf die aktuelle Fassung übertragen' }));

    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Willkommen in Ludwigsburg 2');
    expect(screen.getByRole('textbox', { name: /Fördermittelgeber/ })).toHaveValue('Stiftung Ludwigsburg');
    expect(screen.getByRole('status')).toHaveTextContent('Version 2');

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/projects/${id}`));
    expect(puts).toHaveLength(2);
    expect(puts[0]).toMatchObject({ version: 1, name: 'Willkommen in Ludwigsburg 2' });
    expect(puts[1]).toMatchObject({ version: 2, name: 'Willkommen in Ludwigsburg 2', funder: 'Stiftung Ludwigsburg' });
  });

  it('showsWhyADeleteIsRefused', async () => {
    server.use(
      http.get(apiUrl(`/api/v1/projects/${id}`), () => HttpResponse.json(wil())),
      http.get(apiUrl(`/api/v1/projects/${id}/milestones`), () => HttpResponse.json(page([]))),
      http.delete(apiUrl(`/api/v1/projects/${id}`), () =>
        HttpResponse.json(
          problem(409, {
            type: 'urn:lotse:problem:in-use',
            title: 'In use',
            detail: 'The project is still referred to by 3 budget lines.',
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, router } = renderApp(`/projects/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Projekt löschen?' });
    expect(dialog).toHaveTextContent('Möchten Sie das Projekt „Willkommen in Ludwigsburg“');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The project is still referred to by 3 budget lines.');
    expect(router.state.location.pathname).toBe(`/projects/${id}`);
  });
});
