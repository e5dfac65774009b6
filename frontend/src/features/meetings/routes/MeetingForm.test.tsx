import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { lafi } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { elternverein, kamingespraech, meetingId, problemJson, serveMeeting, versionConflict } from '../test-fixtures';

/** The instant a `datetime-local` input's value means in the browser's time zone. */
const instant = (local: string) => new Date(local).toISOString().replace('.000Z', 'Z');

describe('network meeting form', () => {
  it('createsAMeetingAndOpensIt', async () => {
    let body: Schemas['NetworkMeetingRequest'] | undefined;
    serveMeeting();
    server.use(
      http.post(apiUrl('/api/v1/network-meetings'), async ({ request }) => {
        body = (await request.json()) as Schemas['NetworkMeetingRequest'];
        return HttpResponse.json(kamingespraech({ version: 0 }), { status: 201 });
      }),
    );
    const { user, router } = renderApp('/network-meetings/new');

    await user.type(await screen.findByRole('textbox', { name: 'Titel' }), 'Kamingespräch im Elternverein');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'FIRESIDE_TALK');
    await user.type(screen.getByLabelText(/^Beginn/), '2021-11-18T18:00');
    await user.type(screen.getByLabelText(/^Ende/), '2021-11-18T20:30');
    await user.type(screen.getByRole('textbox', { name: /Ort/ }), 'Vereinsräume, Weststadt');
    await user.selectOptions(screen.getByRole('combobox', { name: /Gastgebender Verein/ }), 'Türkischer Elternverein');
    await user.selectOptions(
      await screen.findByRole('combobox', { name: /Projekt/ }),
      'LAFI – Ludwigsburger Akteure für Integration',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Sprache und Bildung' }));
    await user.type(screen.getByRole('textbox', { name: /Themen/ }), 'Elternarbeit{Enter}{Enter}  Hausaufgabenhilfe ');
    await user.click(screen.getByRole('button', { name: 'Treffen anlegen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/network-meetings/${meetingId}`));
    expect(body).toEqual({
      title: 'Kamingespräch im Elternverein',
      format: 'FIRESIDE_TALK',
      startsAt: instant('2021-11-18T18:00'),
      endsAt: instant('2021-11-18T20:30'),
      location: 'Vereinsräume, Weststadt',
      hostAssociationId: elternverein.id,
      projectId: lafi().id,
      actionFields: ['LANGUAGE_EDUCATION'],
      topics: ['Elternarbeit', 'Hausaufgabenhilfe'],
    });
    expect(await screen.findByText('Das Netzwerktreffen wurde angelegt.')).toBeInTheDocument();
  });

  it('showsAServerViolationAtItsField', async () => {
    serveMeeting();
    server.use(
      http.post(apiUrl('/api/v1/network-meetings'), () =>
        HttpResponse.json(
          {
            type: 'urn:lotse:problem:validation',
            title: 'Invalid request',
            status: 400,
            detail: '1 field is invalid',
            violations: [{ field: 'topics[1]', in: 'body', message: 'must match "\\S"' }],
          },
          { status: 400, headers: problemJson },
        ),
      ),
    );
    const { user } = renderApp('/network-meetings/new');

    await user.type(await screen.findByRole('textbox', { name: 'Titel' }), 'Jour Fixe Asyl');
    await user.type(screen.getByLabelText(/^Beginn/), '2026-12-01T09:00');
    await user.type(screen.getByRole('textbox', { name: /Themen/ }), 'Ehrenamt{Enter}Wohnen');
    await user.click(screen.getByRole('button', { name: 'Treffen anlegen' }));

    const topics = screen.getByRole('textbox', { name: /Themen/ });
    await waitFor(() => expect(topics).toHaveAttribute('aria-invalid', 'true'));
    expect(topics).toHaveAccessibleDescription(expect.stringContaining('must match'));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /^Themen: must match/ })).toHaveAttribute(
      'href',
      '#meeting-topics',
    );
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Jour Fixe Asyl');
  });

  it('checksTheContractsConstraintsBeforeSending', async () => {
    let posted = false;
    serveMeeting();
    server.use(
      http.post(apiUrl('/api/v1/network-meetings'), () => {
        posted = true;
        return HttpResponse.json(kamingespraech(), { status: 201 });
      }),
    );
    const { user } = renderApp('/network-meetings/new');

    await user.type(await screen.findByLabelText(/^Ende/), '2021-11-18T20:30');
    await user.type(screen.getByLabelText(/^Beginn/), '2021-11-18T21:00');
    await user.click(screen.getByRole('button', { name: 'Treffen anlegen' }));

    expect(await screen.findByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription(
      'Bitte füllen Sie dieses Feld aus.',
    );
    expect(screen.getByLabelText(/^Ende/)).toHaveAccessibleDescription(
      expect.stringContaining('Das Ende darf nicht vor dem Beginn liegen.'),
    );
    expect(posted).toBe(false);
  });

  it('keepsTheInputOnAStaleVersion', async () => {
    let stored = kamingespraech({ version: 1 });
    const puts: Schemas['NetworkMeetingRequest'][] = [];
    serveMeeting();
    server.use(
      http.get(apiUrl(`/api/v1/network-meetings/${meetingId}`), () => HttpResponse.json(stored)),
      http.put(apiUrl(`/api/v1/network-meetings/${meetingId}`), async ({ request }) => {
        const body = (await request.json()) as Schemas['NetworkMeetingRequest'];
        puts.push(body);
        if (body.version !== stored.version) return versionConflict(stored.version);
        stored = { ...stored, ...body, version: stored.version + 1 };
        return HttpResponse.json(stored);
      }),
    );
    const { user, router } = renderApp(`/network-meetings/${meetingId}/edit`);

    const title = await screen.findByRole('textbox', { name: 'Titel' });
    // Someone else moved the meeting to another place and saved version 2 meanwhile.
    stored = kamingespraech({ version: 2, location: 'Rathaus, Kleiner Sitzungssaal' });
    await user.clear(title);
    await user.type(title, 'Zweites Kamingespräch');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Jemand anderes hat diesen Eintrag inzwischen geändert');
    expect(conflict).toHaveTextContent('(Version 1)');
    expect(conflict).toHaveTextContent('jetzt Version 2');
    const placeRow = within(conflict).getByRole('row', { name: /Ort/ });
    expect(placeRow).toHaveTextContent('Vereinsheim, Ludwigsburg-Oststadt');
    expect(placeRow).toHaveTextContent('Rathaus, Kleiner Sitzungssaal');
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Zweites Kamingespräch');
    expect(puts[0]).toMatchObject({ version: 1, title: 'Zweites Kamingespräch', startsAt: '2021-10-28T15:00:00Z' });

    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderungen auf die aktuelle Fassung übertragen' }));
    expect(screen.getByRole('textbox', { name: /Ort/ })).toHaveValue('Rathaus, Kleiner Sitzungssaal');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/network-meetings/${meetingId}`));
    expect(puts[1]).toMatchObject({ version: 2, title: 'Zweites Kamingespräch', location: 'Rathaus, Kleiner Sitzungssaal' });
  });
});
