import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { problem } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { kulturverein } from '../test-fixtures';

const id = kulturverein().id;
const problemJson = { 'Content-Type': 'application/problem+json' };

describe('association form', () => {
  it('createsAnAssociationAndOpensIt', async () => {
    let body: Schemas['AssociationRequest'] | undefined;
    server.use(
      http.post(apiUrl('/api/v1/associations'), async ({ request }) => {
        body = (await request.json()) as Schemas['AssociationRequest'];
        return HttpResponse.json(kulturverein({ version: 0 }), { status: 201 });
      }),
      http.get(apiUrl(`/api/v1/associations/${id}`), () => HttpResponse.json(kulturverein())),
    );
    const { user, router } = renderApp('/associations/new');

    await user.type(await screen.findByRole('textbox', { name: 'Name' }), '  Deutsch-Rumänischer Kulturverein ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Art' }), 'MIGRANT_ORGANISATION');
    await user.click(screen.getByRole('checkbox', { name: 'Kultur' }));
    await user.click(screen.getByRole('checkbox', { name: 'Bildung' }));
    await user.type(screen.getByRole('textbox', { name: /Telefon/ }), '+49 7141 000000');
    await user.type(screen.getByRole('textbox', { name: /E-Mail/ }), 'kontakt@kulturverein.example.org');
    const languages = screen.getByRole('group', { name: 'Sprachen' });
    await user.click(within(languages).getByRole('checkbox', { name: 'Rumänisch' }));
    await user.click(within(languages).getByRole('checkbox', { name: 'Deutsch' }));
    await user.type(screen.getByRole('textbox', { name: /Weitere Sprachen/ }), 'LN, ro');
    await user.type(screen.getByRole('textbox', { name: /Mitglieder/ }), '45');
    await user.click(screen.getByRole('button', { name: 'Verein anlegen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/associations/${id}`));
    expect(body).toEqual({
      name: 'Deutsch-Rumänischer Kulturverein',
      kind: 'MIGRANT_ORGANISATION',
      fields: ['CULTURE', 'EDUCATION'],
      phone: '+49 7141 000000',
      email: 'kontakt@kulturverein.example.org',
      languages: ['de', 'ro', 'ln'],
      memberCount: 45,
      active: true,
    });
    expect(await screen.findByText('Der Verein wurde angelegt.')).toBeInTheDocument();
  });

  it('checksTheContractsConstraintsBeforeSending', async () => {
    let posted = false;
    server.use(
      http.post(apiUrl('/api/v1/associations'), () => {
        posted = true;
        return HttpResponse.json(kulturverein(), { status: 201 });
      }),
    );
    const { user } = renderApp('/associations/new');

    await user.type(await screen.findByRole('textbox', { name: /E-Mail/ }), 'kontakt@');
    await user.type(screen.getByRole('textbox', { name: /Weitere Sprachen/ }), 'ro, deu');
    await user.type(screen.getByRole('textbox', { name: /Mitglieder/ }), '-3');
    await user.click(screen.getByRole('button', { name: 'Verein anlegen' }));

    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
      expect.stringContaining('Bitte füllen Sie dieses Feld aus.'),
    );
    expect(screen.getByRole('combobox', { name: 'Art' })).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    expect(screen.getByRole('textbox', { name: /E-Mail/ })).toHaveAccessibleDescription(
      expect.stringContaining('gültige E-Mail-Adresse'),
    );
    expect(screen.getByRole('textbox', { name: /Weitere Sprachen/ })).toHaveAccessibleDescription(
      expect.stringContaining('Diese Sprachcodes sind unbekannt: deu.'),
    );
    expect(screen.getByRole('textbox', { name: /Mitglieder/ })).toHaveAccessibleDescription(
      'Bitte geben Sie eine ganze Zahl ab 0 ein.',
    );
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(5);
    expect(posted).toBe(false);
  });

  it('showsAServerViolationAtItsField', async () => {
    server.use(
      http.post(apiUrl('/api/v1/associations'), () =>
        HttpResponse.json(
          problem(409, {
            type: 'urn:lotse:problem:duplicate',
            title: 'Already exists',
            detail: 'An association named Afghanische Gemeinde already exists',
            violations: [{ field: 'name', in: 'body', message: 'An association named Afghanische Gemeinde already exists' }],
          }),
          { status: 409, headers: problemJson },
        ),
      ),
    );
    const { user } = renderApp('/associations/new');

    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Afghanische Gemeinde');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Art' }), 'MIGRANT_ORGANISATION');
    await user.click(screen.getByRole('button', { name: 'Verein anlegen' }));

    const name = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('An association named Afghanische Gemeinde already exists'));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /^Name: An association named/ })).toHaveAttribute(
      'href',
      '#association-name',
    );
    expect(name).toHaveValue('Afghanische Gemeinde');
  });

  it('keepsTheInputOnAStaleVersionAndShowsWhatChanged', async () => {
    // Someone else changed the phone number and saved version 2 while this user edited version 1.
    let stored = kulturverein({ version: 1 });
    const theirs = kulturverein({ version: 2, phone: '+49 7141 111111', active: false, updatedAt: '2026-03-02T08:00:00Z' });
    const puts: Schemas['AssociationRequest'][] = [];
    server.use(
      http.get(apiUrl(`/api/v1/associations/${id}`), () => HttpResponse.json(stored)),
      http.put(apiUrl(`/api/v1/associations/${id}`), async ({ request }) => {
        const body = (await request.json()) as Schemas['AssociationRequest'];
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
    const { user, router } = renderApp(`/associations/${id}/edit`);

    const district = await screen.findByRole('textbox', { name: /Stadtteil/ });
    expect(screen.getByRole('checkbox', { name: 'Rumänisch' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Deutsch' })).toBeChecked();
    stored = theirs;
    await user.clear(district);
    await user.type(district, 'Weststadt');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Jemand anderes hat diesen Eintrag inzwischen geändert');
    expect(conflict).toHaveTextContent('(Version 1)');
    expect(conflict).toHaveTextContent('jetzt Version 2');
    const phoneRow = within(conflict).getByRole('row', { name: /Telefon/ });
    expect(phoneRow).toHaveTextContent('+49 7141 000000');
    expect(phoneRow).toHaveTextContent('+49 7141 111111');
    expect(within(conflict).getByRole('row', { name: /Aktiv/ })).toHaveTextContent('JaNeinJa');
    expect(screen.getByRole('textbox', { name: /Stadtteil/ })).toHaveValue('Weststadt');

    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderungen auf die aktuelle Fassung übertragen' }));
    expect(screen.getByRole('textbox', { name: /Telefon/ })).toHaveValue('+49 7141 111111');
    expect(screen.getByRole('textbox', { name: /Stadtteil/ })).toHaveValue('Weststadt');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/associations/${id}`));
    expect(puts).toHaveLength(2);
    expect(puts[1]).toMatchObject({ version: 2, district: 'Weststadt', phone: '+49 7141 111111', active: false });
    expect(await screen.findByText('Der Verein wurde gespeichert.')).toBeInTheDocument();
  });
});
