import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { lafi } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import {
  action,
  griechischeGemeinde,
  meetingId,
  participant,
  problemJson,
  rumaenischerKulturverein,
  schulraetin,
  serveMeeting,
  versionConflict,
} from '../test-fixtures';

describe('network meeting detail', () => {
  it('showsTheMeetingWithItsParticipantsAndActions', async () => {
    serveMeeting();
    renderApp(`/network-meetings/${meetingId}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kamingespräch in der Griechischen Gemeinde' }),
    ).toBeInTheDocument();
    const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(fact('Format')).toHaveTextContent('Kamingespräch');
    expect(fact('Beginn')).toHaveTextContent('28.10.2021');
    expect(fact('Ort')).toHaveTextContent('Vereinsheim, Ludwigsburg-Oststadt');
    expect(
      await within(fact('Gastgebender Verein')).findByRole('link', { name: 'Griechische Gemeinde Ludwigsburg' }),
    ).toHaveAttribute('href', `/associations/${griechischeGemeinde.id}`);
    expect(await within(fact('Projekt')).findByRole('link', { name: /Ludwigsburger Akteure für Integration/ })).toHaveAttribute(
      'href',
      `/projects/${lafi().id}`,
    );
    expect(fact('Handlungsfelder')).toHaveTextContent('Kultur und Vereine');
    expect(fact('Themen')).toHaveTextContent('Dachverband, Raumbedarf');
    expect(screen.getByText(/Der Wunsch nach einem Dachverband wurde bekräftigt/)).toBeInTheDocument();

    const participants = screen.getByRole('table', { name: 'Teilnehmende' });
    const [, association, person] = within(participants).getAllByRole('row');
    expect(await within(association!).findByRole('link', { name: 'Rumänischer Kulturverein' })).toHaveAttribute(
      'href',
      `/associations/${rumaenischerKulturverein.id}`,
    );
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(association!).slice(1, 4)).toEqual(['–', 'Ja', 'Ja']);
    expect(cells(person!).slice(0, 4)).toEqual(['Jana BeispielStaatliches Schulamt', 'Schulrätin', 'Ja', 'Nein']);
    expect(screen.getByText('2 eingeladen, 1 teilgenommen')).toBeInTheDocument();

    const actions = screen.getByRole('list', { name: 'Vereinbarungen / Aufgaben' });
    const [open, done] = within(actions).getAllByRole('listitem');
    expect(open).toHaveTextContent('Schulamt um Räume für den herkunftssprachlichen Unterricht bitten');
    expect(open).toHaveTextContent('VerantwortlichBüro für Integration und Migration');
    // Overdue is said in words, not only by colour.
    expect(open).toHaveTextContent('Offen');
    expect(open).toHaveTextContent('Fällig am30.11.2021');
    expect(within(open!).getByText('Überfällig')).toBeInTheDocument();
    expect(done).toHaveTextContent('Erledigt');
    expect(done).toHaveTextContent('Erledigt am10.12.2021');
    expect(done).not.toHaveTextContent('Überfällig');
    expect(screen.getByText('1 offen, davon 1 überfällig · 1 erledigt')).toBeInTheDocument();
    expect(document.title).toBe('Kamingespräch in der Griechischen Gemeinde – Lotse');
  });

  it('addsAnActionAndMarksItDoneWithItsVersion', async () => {
    let actions: Schemas['MeetingAction'][] = [];
    let posted: Schemas['MeetingActionRequest'] | undefined;
    const puts: Schemas['MeetingActionRequest'][] = [];
    serveMeeting();
    server.use(
      http.get(apiUrl(`/api/v1/network-meetings/${meetingId}/actions`), () =>
        HttpResponse.json({ items: actions, page: 0, size: 100, total: actions.length }),
      ),
      http.post(apiUrl(`/api/v1/network-meetings/${meetingId}/actions`), async ({ request }) => {
        posted = (await request.json()) as Schemas['MeetingActionRequest'];
        const created = action({ ...posted, id: '01933b5e-4b4a-7c3d-9a1b-2c3d4e5f6a09', status: 'OPEN', version: 0 });
        actions = [created];
        return HttpResponse.json(created, { status: 201 });
      }),
      http.put(apiUrl(`/api/v1/network-meetings/${meetingId}/actions/:id`), async ({ request }) => {
        const body = (await request.json()) as Schemas['MeetingActionRequest'];
        puts.push(body);
        actions = [{ ...actions[0]!, ...body, status: body.status!, version: actions[0]!.version + 1 }];
        return HttpResponse.json(actions[0]);
      }),
    );
    const { user } = renderApp(`/network-meetings/${meetingId}`);

    expect(await screen.findByText('In diesem Treffen wurden noch keine Aufgaben vereinbart.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Aufgabe hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: 'Aufgabe' }), 'Raumliste an alle Vereine schicken');
    await user.type(screen.getByRole('textbox', { name: /Verantwortlich/ }), 'Koordinierungsstelle');
    await user.type(screen.getByLabelText(/^Fällig am/), '2099-04-30');
    await user.click(screen.getByRole('button', { name: 'Aufgabe hinzufügen' }));

    expect(await screen.findByText('Die Aufgabe wurde hinzugefügt.')).toBeInTheDocument();
    expect(posted).toEqual({
      description: 'Raumliste an alle Vereine schicken',
      owner: 'Koordinierungsstelle',
      dueDate: '2099-04-30',
      status: 'OPEN',
    });
    const card = within(screen.getByRole('list', { name: 'Vereinbarungen / Aufgaben' })).getByRole('listitem');
    expect(card).toHaveTextContent('Offen');
    expect(card).not.toHaveTextContent('Überfällig');

    await user.click(within(card).getByRole('button', { name: /als erledigt markieren/ }));

    expect(
      await screen.findByText('Die Aufgabe „Raumliste an alle Vereine schicken“ ist als erledigt markiert.'),
    ).toBeInTheDocument();
    expect(puts).toHaveLength(1);
    expect(puts[0]).toEqual({
      description: 'Raumliste an alle Vereine schicken',
      owner: 'Koordinierungsstelle',
      dueDate: '2099-04-30',
      status: 'DONE',
      doneOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
      version: 0,
    });
    await waitFor(() => expect(within(card).getByRole('button', { name: /wieder öffnen/ })).toBeInTheDocument());
  });

  it('marksNothingDoneWhenSomeoneElseChangedTheActionFirst', async () => {
    let stored = action({ version: 2 });
    serveMeeting();
    server.use(
      http.get(apiUrl(`/api/v1/network-meetings/${meetingId}/actions`), () =>
        HttpResponse.json({ items: [stored], page: 0, size: 100, total: 1 }),
      ),
      http.put(apiUrl(`/api/v1/network-meetings/${meetingId}/actions/:id`), async ({ request }) => {
        const body = (await request.json()) as Schemas['MeetingActionRequest'];
        return body.version === stored.version ? HttpResponse.json(stored) : versionConflict(stored.version);
      }),
    );
    const { user } = renderApp(`/network-meetings/${meetingId}`);

    const button = await screen.findByRole('button', { name: /als erledigt markieren/ });
    // Meanwhile someone else gave the action to another owner.
    stored = action({ version: 3, owner: 'Griechische Gemeinde Ludwigsburg' });
    await user.click(button);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Jemand anderes hat diesen Eintrag inzwischen geändert');
    expect(alert).toHaveTextContent('Es wird jetzt die aktuelle Fassung angezeigt');
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Vereinbarungen / Aufgaben' })).toHaveTextContent(
        'VerantwortlichGriechische Gemeinde Ludwigsburg',
      ),
    );
    expect(screen.getByRole('list', { name: 'Vereinbarungen / Aufgaben' })).toHaveTextContent('Offen');
  });

  it('addsAPersonAsParticipant', async () => {
    let posted: Schemas['MeetingParticipantRequest'] | undefined;
    serveMeeting({ participants: [participant()] });
    server.use(
      http.post(apiUrl(`/api/v1/network-meetings/${meetingId}/participants`), async ({ request }) => {
        posted = (await request.json()) as Schemas['MeetingParticipantRequest'];
        return HttpResponse.json(schulraetin, { status: 201 });
      }),
    );
    const { user } = renderApp(`/network-meetings/${meetingId}`);

    await user.click(await screen.findByRole('button', { name: 'Teilnehmende hinzufügen' }));
    // An association already taking part is not offered again.
    const select = screen.getByRole('combobox', { name: 'Verein' });
    await waitFor(() => expect(within(select).getByRole('option', { name: 'Türkischer Elternverein' })).toBeInTheDocument());
    expect(within(select).queryByRole('option', { name: 'Rumänischer Kulturverein' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'eine Einzelperson' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Jana Beispiel');
    await user.type(screen.getByRole('textbox', { name: /Organisation/ }), 'Staatliches Schulamt');
    await user.type(screen.getByRole('textbox', { name: /Rolle/ }), 'Schulrätin');
    await user.click(screen.getByRole('button', { name: 'Teilnehmende hinzufügen' }));

    expect(await screen.findByText('Jana Beispiel wurde als teilnehmend hinzugefügt.')).toBeInTheDocument();
    expect(posted).toEqual({
      personName: 'Jana Beispiel',
      organisation: 'Staatliches Schulamt',
      role: 'Schulrätin',
      invited: true,
      attended: false,
    });
  });

  it('showsAStaleParticipantBesideTheUsersInput', async () => {
    let stored = participant({ version: 0, attended: false });
    const puts: Schemas['MeetingParticipantRequest'][] = [];
    serveMeeting({ participants: [stored] });
    server.use(
      http.get(apiUrl(`/api/v1/network-meetings/${meetingId}/participants/${stored.id}`), () => HttpResponse.json(stored)),
      http.put(apiUrl(`/api/v1/network-meetings/${meetingId}/participants/${stored.id}`), async ({ request }) => {
        const body = (await request.json()) as Schemas['MeetingParticipantRequest'];
        puts.push(body);
        return body.version === stored.version ? HttpResponse.json({ ...stored, ...body }) : versionConflict(stored.version);
      }),
    );
    const { user } = renderApp(`/network-meetings/${meetingId}`);

    await user.click(await screen.findByRole('button', { name: /Teilnahme von .* bearbeiten/ }));
    stored = participant({ version: 1, attended: false, role: 'Vorsitz' });
    await user.click(screen.getByRole('checkbox', { name: 'Teilgenommen' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Jemand anderes hat diesen Eintrag inzwischen geändert');
    expect(within(conflict).getByRole('row', { name: /Rolle/ })).toHaveTextContent('Vorsitz');
    expect(screen.getByRole('checkbox', { name: 'Teilgenommen' })).toBeChecked();
    expect(puts[0]).toEqual({ associationId: rumaenischerKulturverein.id, invited: true, attended: true, version: 0 });
  });

  it('removesAParticipant', async () => {
    let participants = [participant(), schulraetin];
    serveMeeting();
    server.use(
      http.get(apiUrl(`/api/v1/network-meetings/${meetingId}/participants`), () =>
        HttpResponse.json({ items: participants, page: 0, size: 100, total: participants.length }),
      ),
      http.delete(apiUrl(`/api/v1/network-meetings/${meetingId}/participants/${schulraetin.id}`), () => {
        participants = [participant()];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp(`/network-meetings/${meetingId}`);

    await user.click(await screen.findByRole('button', { name: 'Teilnahme von Jana Beispiel löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Teilnahme entfernen?' });
    expect(dialog).toHaveTextContent('Möchten Sie Jana Beispiel aus der Liste der Teilnehmenden dieses Treffens entfernen?');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    expect(await screen.findByText('Jana Beispiel wurde aus der Liste der Teilnehmenden entfernt.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Teilnehmende' })).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByText('1 eingeladen, 1 teilgenommen')).toBeInTheDocument();
  });

  it('showsWhyTheMeetingCannotBeDeleted', async () => {
    serveMeeting();
    server.use(
      http.delete(apiUrl(`/api/v1/network-meetings/${meetingId}`), () =>
        HttpResponse.json(
          { type: 'urn:lotse:problem:in-use', title: 'In use', status: 409, detail: 'The meeting is referred to by a report.' },
          { status: 409, headers: problemJson },
        ),
      ),
    );
    const { user, router } = renderApp(`/network-meetings/${meetingId}`);

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Netzwerktreffen löschen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The meeting is referred to by a report.');
    expect(router.state.location.pathname).toBe(`/network-meetings/${meetingId}`);
  });

  it('deletesTheMeetingAndReturnsToTheList', async () => {
    serveMeeting();
    server.use(
      http.delete(apiUrl(`/api/v1/network-meetings/${meetingId}`), () => new HttpResponse(null, { status: 204 })),
      http.get(apiUrl('/api/v1/network-meetings'), () => HttpResponse.json({ items: [], page: 0, size: 20, total: 0 })),
    );
    const { user, router } = renderApp(`/network-meetings/${meetingId}`);

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Endgültig löschen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/network-meetings'));
    expect(
      await screen.findByText('Das Netzwerktreffen „Kamingespräch in der Griechischen Gemeinde“ wurde gelöscht.'),
    ).toBeInTheDocument();
  });
});
