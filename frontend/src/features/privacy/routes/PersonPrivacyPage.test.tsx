import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatInstant } from '../../../lib/format';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import type { ConsentRequest } from '../model';
import { consent, dpoMe, newcomerId, officeMe, problemResponse, revision, serveElena } from '../test-fixtures';

beforeAll(async () => {
  // The page loads lazily; loaded once here, it opens within the queries' timeouts.
  await import('./PersonPrivacyPage');
});
afterEach(() => vi.restoreAllMocks());

const url = `/privacy/newcomers/${newcomerId}`;
/** A time as the page shows it, in the time zone the tests run in. */
const at = (instant: string) => formatInstant(instant, 'de');
const section = async (name: string) => screen.findByRole('region', { name });
/** Waits for the page (a lazy route, on a busy machine) to show the person. */
const opened = () => screen.findByRole('heading', { level: 1, name: 'Elena Popescu' }, { timeout: 5000 });

describe('a person’s data protection page', () => {
  it('showsWhatEachPurposeAllowsAndWithdrawnConsentsAsSuch', async () => {
    serveElena();
    renderApp(url, { me: officeMe() });

    expect(await opened()).toBeInTheDocument();
    const consents = await section('Einwilligungen');
    const purposes = within(consents).getAllByRole('listitem').slice(0, 5);
    expect(purposes[0]).toHaveTextContent('Verarbeitung der DatenErlaubt seit 01.03.2026');
    expect(purposes[1]).toHaveTextContent('Vermittlung einer PatenschaftNicht erlaubt');

    const recorded = within(consents).getByRole('list', { name: 'Erfasste Einwilligungen' });
    const [inForce, withdrawn] = within(recorded).getAllByRole('listitem');
    expect(inForce).toHaveTextContent('In Kraft');
    expect(inForce).toHaveTextContent(`Erteilt am ${at('2026-03-01T09:30:00Z')}, erfasst von staff`);
    expect(inForce).toHaveTextContent('Nachweis: Unterschriebenes Formular');
    expect(withdrawn).toHaveTextContent('Widerrufen');
    expect(withdrawn).toHaveTextContent(`Widerrufen am ${at('2026-06-15T12:00:00Z')}, erfasst von coordinator.`);
    expect(withdrawn).toHaveTextContent('Die Person wird nicht mehr für eine Patenschaft vermittelt.');
    expect(within(withdrawn!).queryByRole('button')).not.toBeInTheDocument();

    // The office: consents, export and history; erasure and legal hold are the data protection officer's.
    expect(await section('Auskunft (Art. 15 DSGVO)')).toBeInTheDocument();
    expect(await section('Verlauf')).toHaveTextContent(`Geändert am ${at('2026-03-02T10:00:00Z')} von staff`);
    expect(screen.queryByRole('region', { name: 'Löschung (Art. 17 DSGVO)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Aufbewahrungspflicht' })).not.toBeInTheDocument();
  });

  it('withdrawsAConsentOnlyAfterAskingWhatItMeans', async () => {
    serveElena();
    const withdrawals: string[] = [];
    server.use(
      http.post(apiUrl(`/api/v1/newcomers/${newcomerId}/consents/:consentId/withdraw`), ({ params }) => {
        withdrawals.push(String(params.consentId));
        return HttpResponse.json(consent({ inForce: false, withdrawnAt: '2026-07-01T08:00:00Z', withdrawnBy: 'staff' }));
      }),
    );
    const { user } = renderApp(url, { me: officeMe() });
    await opened();

    await user.click(await screen.findByRole('button', { name: 'Einwilligung „Verarbeitung der Daten“ widerrufen' }));
    const dialog = screen.getByRole('dialog', { name: 'Einwilligung widerrufen?' });
    expect(dialog).toHaveTextContent('Lotse verarbeitet die Daten der Person für keinen Zweck mehr.');
    expect(dialog).toHaveTextContent('kann nicht rückgängig gemacht werden');
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(withdrawals).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Einwilligung „Verarbeitung der Daten“ widerrufen' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Einwilligung widerrufen' }));

    await waitFor(() => expect(withdrawals).toEqual([consent().id]));
    expect(await screen.findByText('Die Einwilligung „Verarbeitung der Daten“ wurde widerrufen.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('recordsAConsentForAPurposeWithoutOneInForce', async () => {
    serveElena();
    const bodies: ConsentRequest[] = [];
    server.use(
      http.post(apiUrl(`/api/v1/newcomers/${newcomerId}/consents`), async ({ request }) => {
        bodies.push((await request.json()) as ConsentRequest);
        return HttpResponse.json(consent({ purpose: 'MATCHING' }), { status: 201 });
      }),
    );
    const { user } = renderApp(url, { me: officeMe() });
    await opened();

    await user.click(await screen.findByRole('button', { name: 'Einwilligung erfassen' }));
    const purpose = screen.getByLabelText('Zweck');
    // Data processing is in force already: one consent per purpose.
    expect(within(purpose).queryByRole('option', { name: 'Verarbeitung der Daten' })).not.toBeInTheDocument();
    await user.selectOptions(purpose, 'Vermittlung einer Patenschaft');
    await user.type(screen.getByLabelText(/^Nachweis/), 'Formular vom 1. Juli');
    await user.click(screen.getByRole('button', { name: 'Einwilligung erfassen' }));

    await waitFor(() => expect(bodies).toEqual([{ purpose: 'MATCHING', note: 'Formular vom 1. Juli' }]));
    expect(await screen.findByText('Die Einwilligung „Vermittlung einer Patenschaft“ wurde erfasst.')).toBeInTheDocument();
  });

  it('showsTheLegalHoldThatRefusedTheErasure', async () => {
    serveElena();
    let erasures = 0;
    server.use(
      http.post(apiUrl(`/api/v1/newcomers/${newcomerId}/erasure`), () => {
        erasures += 1;
        return problemResponse(409, 'legal-hold', `Newcomer ${newcomerId} is under legal hold since 2026-03-01: …`, {
          legalHoldReason: 'Verwendungsnachweis WiL: Aufbewahrung bis 31.12.2028',
        });
      }),
    );
    const { user } = renderApp(url, { me: dpoMe() });
    await opened();

    await user.click(await screen.findByRole('button', { name: 'Personenbezogene Daten löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Personenbezogene Daten von Elena Popescu löschen?' });
    expect(dialog).toHaveTextContent('Vor- und Nachname lauten danach „Gelöscht“.');
    expect(dialog).toHaveTextContent('Unterkunft, Telefon, E-Mail, Notizen');
    expect(dialog).toHaveTextContent('Alle Einwilligungen werden widerrufen');
    expect(dialog).toHaveTextContent('kann nicht rückgängig gemacht werden');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveTextContent('Die Person steht unter Aufbewahrungspflicht');
    expect(refusal).toHaveTextContent('Grund der Aufbewahrungspflicht: Verwendungsnachweis WiL: Aufbewahrung bis 31.12.2028');
    expect(within(dialog).getByRole('button', { name: 'Endgültig löschen' })).toBeDisabled();
    expect(erasures).toBe(1);
    // The legal hold section now knows the hold, too.
    expect(await section('Aufbewahrungspflicht')).toHaveTextContent('Verwendungsnachweis WiL');
  });

  it('downloadsTheExportAsAFileWithoutPuttingDataInAUrl', async () => {
    serveElena();
    const requested: string[] = [];
    const exported = { subjectType: 'NEWCOMER', subjectId: newcomerId, record: { firstName: 'Elena', lastName: 'Popescu' } };
    server.use(
      http.get(apiUrl(`/api/v1/newcomers/${newcomerId}/personal-data`), ({ request }) => {
        requested.push(request.url);
        return HttpResponse.json({ ...exported, exportedAt: '2026-07-01T08:00:00Z', exportedBy: 'dpo' });
      }),
    );
    const blobs: Blob[] = [];
    // A browser's object URL is `blob:<origin>/<uuid>`.
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:http://localhost:3000/5f0c';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user, router } = renderApp(url, { me: dpoMe() });
    await opened();
    const before = router.state.location.href;

    await user.click(await screen.findByRole('button', { name: 'Auskunft herunterladen (JSON)' }));

    await screen.findByText(/Die Auskunft wurde als Datei „lotse-newcomers-.*\.json“ heruntergeladen\./);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.href).toBe('blob:http://localhost:3000/5f0c');
    expect(clicked[0]!.download).toMatch(new RegExp(`^lotse-newcomers-${newcomerId}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    expect(clicked[0]!.isConnected).toBe(false);
    expect(JSON.parse(await blobs[0]!.text())).toMatchObject(exported);
    expect(blobs[0]!.type).toBe('application/json');
    // The name travels in the response body only: not in the request, the file link or the page's address.
    expect(requested).toEqual([apiUrl(`/api/v1/newcomers/${newcomerId}/personal-data`)]);
    expect(clicked[0]!.href + clicked[0]!.download + router.state.location.href).not.toMatch(/Elena|Popescu/);
    expect(router.state.location.href).toBe(before);
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:http://localhost:3000/5f0c'));
  });

  it('setsALegalHoldWithItsReason', async () => {
    serveElena();
    const reasons: unknown[] = [];
    server.use(
      http.put(apiUrl(`/api/v1/newcomers/${newcomerId}/legal-hold`), async ({ request }) => {
        const { reason } = (await request.json()) as { reason: string };
        reasons.push(reason);
        return HttpResponse.json({ subjectType: 'NEWCOMER', subjectId: newcomerId, reason, since: '2026-07-01T08:00:00Z' });
      }),
    );
    const { user } = renderApp(url, { me: dpoMe() });
    await opened();
    const hold = await section('Aufbewahrungspflicht');

    await user.click(within(hold).getByRole('button', { name: 'Aufbewahrungspflicht festlegen' }));
    expect(await within(hold).findByRole('alert')).toHaveTextContent('Grund: Bitte füllen Sie dieses Feld aus.');
    await user.type(within(hold).getByLabelText('Grund'), 'Laufendes Verfahren vor dem Verwaltungsgericht');
    await user.click(within(hold).getByRole('button', { name: 'Aufbewahrungspflicht festlegen' }));

    await waitFor(() => expect(reasons).toEqual(['Laufendes Verfahren vor dem Verwaltungsgericht']));
    expect(await within(hold).findByText(`Aufbewahrungspflicht seit ${at('2026-07-01T08:00:00Z')}`)).toBeInTheDocument();
    expect(hold).toHaveTextContent('Grund: Laufendes Verfahren vor dem Verwaltungsgericht');
  });

  it('listsTheRevisionsWithTheirValues', async () => {
    serveElena();
    server.use(
      http.get(apiUrl(`/api/v1/newcomers/${newcomerId}/history`), () =>
        HttpResponse.json({
          items: [revision(), revision({ revision: 7, kind: 'CREATED', at: '2026-03-01T09:30:00Z', changedFields: [] })],
          page: 0,
          size: 20,
          total: 2,
        }),
      ),
    );
    renderApp(url, { me: dpoMe() });
    await opened();

    const history = await section('Verlauf');
    const [changed, created] = await within(history).findAllByRole('heading', { level: 3 });
    expect(changed).toHaveTextContent(`Geändert am ${at('2026-03-02T10:00:00Z')} von staff`);
    expect(created).toHaveTextContent(`Angelegt am ${at('2026-03-01T09:30:00Z')} von staff`);
    expect(history).toHaveTextContent('Fassung 42 · Vorgang: patchNewcomer');
    expect(history).toHaveTextContent('Geänderte Felder: Stadtteil');
    expect(history).toHaveTextContent('Geänderte Felder: keine Angabe');
    expect(within(history).getAllByText('Stadtteil', { selector: 'dt' })[0]!.nextElementSibling).toHaveTextContent('Oststadt');
  });
});
