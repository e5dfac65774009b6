import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { lafi } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { anna, conflictProblem, serveProjectOptions, validationProblem } from '../test-fixtures';

const id = anna().id;
type SponsorRequest = Schemas['SponsorRequest'];

describe('sponsor form', () => {
  it('showsAServerViolationAtItsField', async () => {
    serveProjectOptions();
    server.use(http.post(apiUrl('/api/v1/sponsors'), () => validationProblem('email', 'must be a well-formed email address')));
    const { user } = renderApp('/sponsors/new');

    await user.type(await screen.findByRole('textbox', { name: 'Vorname' }), 'Anna');
    await user.type(screen.getByRole('textbox', { name: 'Nachname' }), 'Beispiel');
    await user.type(screen.getByRole('textbox', { name: /E-Mail/ }), 'anna@beispiel.invalid');
    await user.click(screen.getByRole('button', { name: 'Patin / Pate anlegen' }));

    const email = screen.getByRole('textbox', { name: /E-Mail/ });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('must be a well-formed email address');
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'E-Mail: must be a well-formed email address' }),
    ).toHaveAttribute('href', '#sponsor-email');
    expect(email).toHaveValue('anna@beispiel.invalid');
  });

  it('createsASponsorWithTheContractsBodyAndOpensIt', async () => {
    let body: SponsorRequest | undefined;
    serveProjectOptions();
    server.use(
      http.post(apiUrl('/api/v1/sponsors'), async ({ request }) => {
        body = (await request.json()) as SponsorRequest;
        return HttpResponse.json(anna({ version: 0 }), { status: 201 });
      }),
      http.get(apiUrl(`/api/v1/sponsors/${id}`), () => HttpResponse.json(anna())),
    );
    const { user, router } = renderApp('/sponsors/new');

    await user.type(await screen.findByRole('textbox', { name: 'Vorname' }), 'Anna');
    await user.type(screen.getByRole('textbox', { name: 'Nachname' }), ' Beispiel ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'IN_TRAINING');
    await user.type(screen.getByRole('textbox', { name: /Telefon/ }), '+49 7141 123456');
    await user.type(screen.getByRole('textbox', { name: /E-Mail/ }), 'anna.beispiel@example.org');
    await user.click(screen.getByRole('checkbox', { name: 'Deutsch' }));
    await user.click(screen.getByRole('checkbox', { name: 'Rumänisch' }));
    await user.type(screen.getByRole('textbox', { name: /Weitere Sprachen/ }), 'LN');
    await user.type(screen.getByRole('textbox', { name: /Interessen/ }), 'Schule, Sport, ');
    await user.selectOptions(await screen.findByRole('combobox', { name: /Projekt/ }), lafi().id);
    await user.click(screen.getByRole('button', { name: 'Patin / Pate anlegen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/sponsors/${id}`));
    expect(body).toEqual({
      firstName: 'Anna',
      lastName: 'Beispiel',
      status: 'IN_TRAINING',
      phone: '+49 7141 123456',
      email: 'anna.beispiel@example.org',
      languages: ['de', 'ro', 'ln'],
      interests: ['Schule', 'Sport'],
      maxMentees: 2,
      projectId: lafi().id,
    });
    expect(await screen.findByText('Die Patin / der Pate wurde angelegt.')).toBeInTheDocument();
  });

  it('checksTheContractsConstraintsBeforeSending', async () => {
    let posted = false;
    serveProjectOptions();
    server.use(
      http.post(apiUrl('/api/v1/sponsors'), () => {
        posted = true;
        return HttpResponse.json(anna(), { status: 201 });
      }),
    );
    const { user } = renderApp('/sponsors/new');

    await user.type(await screen.findByRole('textbox', { name: /Telefon/ }), 'ruft zurück');
    await user.type(screen.getByRole('textbox', { name: /Weitere Sprachen/ }), 'ku, xx');
    const maxMentees = screen.getByRole('textbox', { name: /Höchstens begleitet/ });
    await user.clear(maxMentees);
    await user.type(maxMentees, '11');
    await user.click(screen.getByRole('button', { name: 'Patin / Pate anlegen' }));

    expect(await screen.findByRole('textbox', { name: 'Vorname' })).toHaveAccessibleDescription(
      'Bitte füllen Sie dieses Feld aus.',
    );
    expect(screen.getByRole('textbox', { name: /Telefon/ })).toHaveAccessibleDescription(
      expect.stringContaining('Telefonnummer aus Ziffern'),
    );
    expect(screen.getByRole('textbox', { name: /Weitere Sprachen/ })).toHaveAccessibleDescription(
      expect.stringContaining('Diese Sprachcodes sind unbekannt: xx.'),
    );
    expect(maxMentees).toHaveAccessibleDescription(expect.stringContaining('ganze Zahl von 1 bis 10'));
    expect(posted).toBe(false);
  });

  it('keepsTheInputOnAStaleVersionAndShowsWhatChanged', async () => {
    // Someone else paused the sponsor and added English while this user edited version 1.
    let stored = anna({ version: 1 });
    const puts: SponsorRequest[] = [];
    serveProjectOptions();
    server.use(
      http.get(apiUrl(`/api/v1/sponsors/${id}`), () => HttpResponse.json(stored)),
      http.put(apiUrl(`/api/v1/sponsors/${id}`), async ({ request }) => {
        const body = (await request.json()) as SponsorRequest;
        puts.push(body);
        if (body.version !== stored.version) {
          return conflictProblem('version-conflict', 'The sponsor was changed by someone else', {
            currentVersion: stored.version,
          });
        }
        stored = anna({ ...body, version: stored.version + 1 });
        return HttpResponse.json(stored);
      }),
    );
    const { user, router } = renderApp(`/sponsors/${id}/edit`);

    const availability = await screen.findByRole('textbox', { name: /Verfügbarkeit/ });
    stored = anna({ version: 2, status: 'PAUSED', languages: ['de', 'ro', 'en'], updatedAt: '2026-03-02T08:00:00Z' });
    await user.clear(availability);
    await user.type(availability, 'samstags');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Jemand anderes hat diesen Eintrag inzwischen geändert');
    expect(conflict).toHaveTextContent('(Version 1)');
    expect(conflict).toHaveTextContent('jetzt Version 2');
    const status = within(conflict).getByRole('row', { name: /Status/ });
    expect(status).toHaveTextContent('Aktiv');
    expect(status).toHaveTextContent('Pausiert');
    expect(within(conflict).getByRole('row', { name: /^Sprachen/ })).toHaveTextContent('Deutsch, Rumänisch, Englisch');
    expect(screen.getByRole('textbox', { name: /Verfügbarkeit/ })).toHaveValue('samstags');

    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderungen auf die aktuelle Fassung übertragen' }));
    expect(screen.getByRole('textbox', { name: /Verfügbarkeit/ })).toHaveValue('samstags');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('PAUSED');
    expect(screen.getByRole('checkbox', { name: 'Englisch' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/sponsors/${id}`));
    expect(puts).toHaveLength(2);
    expect(puts[0]).toMatchObject({ version: 1, availability: 'samstags', status: 'ACTIVE' });
    expect(puts[1]).toMatchObject({ version: 2, availability: 'samstags', status: 'PAUSED', languages: ['de', 'ro', 'en'] });
    // The consent's instant is sent back unchanged (the input only shows minutes).
    expect(puts[1]?.consentGivenAt).toBe('2015-07-15T10:00:00Z');
    expect(await screen.findByText('Die Angaben wurden gespeichert.')).toBeInTheDocument();
  });
});
