import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { wil } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { conflictProblem, elena, serveProjectOptions, validationProblem, withoutPersonalDetails } from '../test-fixtures';

const id = elena().id;
type NewcomerRequest = Schemas['NewcomerRequest'];
type Newcomer = Schemas['Newcomer'];

describe('newcomer form', () => {
  it('showsAServerViolationAtItsField', async () => {
    serveProjectOptions();
    server.use(http.post(apiUrl('/api/v1/newcomers'), () => validationProblem('phone', 'must match "^\\+?[0-9][0-9 ()/.-]*$"')));
    const { user } = renderApp('/newcomers/new');

    await user.type(await screen.findByRole('textbox', { name: 'Vorname' }), 'Elena');
    await user.type(screen.getByRole('textbox', { name: 'Nachname' }), 'Popescu');
    await user.type(screen.getByRole('textbox', { name: /Telefon/ }), '07141 654321');
    await user.click(screen.getByRole('button', { name: 'Person anlegen' }));

    const phone = screen.getByRole('textbox', { name: /Telefon/ });
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(expect.stringContaining('must match'));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /^Telefon: must match/ })).toHaveAttribute(
      'href',
      '#newcomer-phone',
    );
    expect(phone).toHaveValue('07141 654321');
  });

  it('createsANewcomerWithTheContractsBodyAndOpensIt', async () => {
    let body: NewcomerRequest | undefined;
    serveProjectOptions();
    server.use(
      http.post(apiUrl('/api/v1/newcomers'), async ({ request }) => {
        body = (await request.json()) as NewcomerRequest;
        return HttpResponse.json(elena({ version: 0 }), { status: 201 });
      }),
      http.get(apiUrl(`/api/v1/newcomers/${id}`), () => HttpResponse.json(elena())),
    );
    const { user, router } = renderApp('/newcomers/new');

    await user.type(await screen.findByRole('textbox', { name: 'Vorname' }), 'Elena');
    await user.type(screen.getByLabelText('Nachname'), 'Popescu');
    await user.selectOptions(screen.getByLabelText(/^Herkunftsland/), 'RO');
    await user.click(screen.getByLabelText('Rumänisch'));
    await user.type(screen.getByLabelText(/^Ankunft/), '2026-01-15');
    const household = screen.getByLabelText(/^Personen im Haushalt/);
    await user.clear(household);
    await user.type(household, '4');
    await user.click(screen.getByLabelText(/^Unterkunft/));
    await user.paste('Anschlussunterbringung Fuchshofstraße');
    await user.click(screen.getByLabelText('Schule'));
    await user.click(screen.getByLabelText('Wohnen'));
    await user.selectOptions(screen.getByLabelText(/^Aufenthaltsstatus/), 'EU_FREE_MOVEMENT');
    await user.type(screen.getByLabelText(/^Telefon/), '+49 7141 654321');
    await user.selectOptions(await screen.findByLabelText(/^Projekt/), wil().id);
    await user.click(screen.getByRole('button', { name: 'Person anlegen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/newcomers/${id}`));
    expect(body).toEqual({
      firstName: 'Elena',
      lastName: 'Popescu',
      status: 'WAITING',
      countryOfOrigin: 'RO',
      languages: ['ro'],
      arrivalDate: '2026-01-15',
      accommodation: 'Anschlussunterbringung Fuchshofstraße',
      householdSize: 4,
      needs: ['SCHOOL', 'HOUSING'],
      residenceStatus: 'EU_FREE_MOVEMENT',
      phone: '+49 7141 654321',
      projectId: wil().id,
    });
    expect(await screen.findByText('Die Person wurde angelegt.')).toBeInTheDocument();
  });

  it('checksTheContractsConstraintsBeforeSending', async () => {
    let posted = false;
    serveProjectOptions();
    server.use(
      http.post(apiUrl('/api/v1/newcomers'), () => {
        posted = true;
        return HttpResponse.json(elena(), { status: 201 });
      }),
    );
    const { user } = renderApp('/newcomers/new');

    await user.type(await screen.findByRole('textbox', { name: 'Vorname' }), '   ');
    const household = screen.getByRole('textbox', { name: /Personen im Haushalt/ });
    await user.clear(household);
    await user.type(household, '31');
    await user.type(screen.getByRole('textbox', { name: /E-Mail/ }), 'elena(at)example.org');
    await user.click(screen.getByRole('button', { name: 'Person anlegen' }));

    expect(await screen.findByRole('textbox', { name: 'Vorname' })).toHaveAccessibleDescription(
      'Bitte füllen Sie dieses Feld aus.',
    );
    expect(household).toHaveAccessibleDescription(expect.stringContaining('ganze Zahl von 1 bis 30'));
    expect(screen.getByRole('textbox', { name: /E-Mail/ })).toHaveAccessibleDescription(
      expect.stringContaining('gültige E-Mail-Adresse'),
    );
    expect(posted).toBe(false);
  });

  it('keepsTheInputOnAStaleVersionAndShowsWhatChanged', async () => {
    // Someone else recorded the residence permit and a need while this user edited version 1.
    let stored = elena({ version: 1 });
    const patches = servePatches(
      () => stored,
      (next) => (stored = next),
    );
    const { user, router } = renderApp(`/newcomers/${id}/edit`);

    const district = await screen.findByRole('textbox', { name: /Stadtteil/ });
    stored = elena({
      version: 2,
      residenceStatus: 'RESIDENCE_PERMIT',
      needs: ['SCHOOL', 'AUTHORITIES', 'WORK'],
      arrivalDate: '2026-01-16',
      updatedAt: '2026-03-02T08:00:00Z',
    });
    await user.clear(district);
    await user.type(district, 'Weststadt');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Jemand anderes hat diesen Eintrag inzwischen geändert');
    expect(conflict).toHaveTextContent('jetzt Version 2');
    const residence = within(conflict).getByRole('row', { name: /Aufenthaltsstatus/ });
    expect(residence).toHaveTextContent('EU-Freizügigkeit');
    expect(residence).toHaveTextContent('Aufenthaltserlaubnis');
    expect(within(conflict).getByRole('row', { name: /Unterstützungsbedarf/ })).toHaveTextContent(
      'Schule, Behördengänge, Arbeit',
    );
    expect(within(conflict).getByRole('row', { name: /Ankunft/ })).toHaveTextContent('16.01.2026');
    expect(screen.getByRole('textbox', { name: /Stadtteil/ })).toHaveValue('Weststadt');

    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderungen auf die aktuelle Fassung übertragen' }));
    expect(screen.getByRole('textbox', { name: /Stadtteil/ })).toHaveValue('Weststadt');
    expect(screen.getByRole('combobox', { name: 'Aufenthaltsstatus' })).toHaveValue('RESIDENCE_PERMIT');
    expect(screen.getByRole('checkbox', { name: 'Arbeit' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/newcomers/${id}`));
    // Only the change is sent, based on the version it was made on; the other edits stay as stored.
    expect(patches).toEqual([
      { district: 'Weststadt', version: 1 },
      { district: 'Weststadt', version: 2 },
    ]);
    expect(stored).toMatchObject({
      district: 'Weststadt',
      residenceStatus: 'RESIDENCE_PERMIT',
      needs: ['SCHOOL', 'AUTHORITIES', 'WORK'],
    });
    expect(await screen.findByText('Die Angaben wurden gespeichert.')).toBeInTheDocument();
  });

  it('clearsAnEmptiedFieldWithNull', async () => {
    let stored = elena();
    const patches = servePatches(
      () => stored,
      (next) => (stored = next),
    );
    const { user, router } = renderApp(`/newcomers/${id}/edit`);

    await user.clear(await screen.findByRole('textbox', { name: /Telefon/ }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/newcomers/${id}`));
    expect(patches).toEqual([{ phone: null, version: 1 }]);
  });

  it('neitherShowsNorSendsPersonalDetailsTheCallerMayNotSee', async () => {
    // What the API answers volunteer coordination: no residence status, consent, phone or e-mail.
    const visible = withoutPersonalDetails(elena());
    let stored = visible;
    const patches = servePatches(
      () => stored,
      (next) => (stored = next),
    );
    const { user, router } = renderApp(`/newcomers/${id}/edit`);

    const district = await screen.findByRole('textbox', { name: /Stadtteil/ });
    expect(screen.queryByRole('combobox', { name: 'Aufenthaltsstatus' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Telefon/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /E-Mail/ })).not.toBeInTheDocument();
    await user.clear(district);
    await user.type(district, 'Weststadt');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/newcomers/${id}`));
    expect(patches).toEqual([{ district: 'Weststadt', version: 1 }]);
  });
});

/** The newcomer's page and its PATCH (JSON Merge Patch, optimistic locking); returns the patches received. */
function servePatches(stored: () => Newcomer, store: (next: Newcomer) => void) {
  const patches: Record<string, unknown>[] = [];
  serveProjectOptions();
  server.use(
    http.get(apiUrl(`/api/v1/newcomers/${id}`), () => HttpResponse.json(stored())),
    http.patch(apiUrl(`/api/v1/newcomers/${id}`), async ({ request }) => {
      expect(request.headers.get('Content-Type')).toBe('application/merge-patch+json');
      const patch = (await request.json()) as Record<string, unknown>;
      patches.push(patch);
      const current = stored();
      if (patch.version !== current.version) {
        return conflictProblem('version-conflict', 'The newcomer was changed by someone else', {
          currentVersion: current.version,
        });
      }
      const next: Record<string, unknown> = { ...current, version: current.version + 1 };
      for (const [field, value] of Object.entries(patch)) {
        if (field === 'version') continue;
        if (value === null) delete next[field];
        else next[field] = value;
      }
      store(next as Newcomer);
      return HttpResponse.json(next);
    }),
  );
  return patches;
}
