import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page, wil } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { anna, conflictProblem, serveProjectOptions } from '../test-fixtures';

const id = anna().id;

/** The value next to a label of the detail page's description list. */
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('sponsor detail', () => {
  it('showsEveryFieldReadablyWithTappablePhoneAndEmail', async () => {
    serveProjectOptions();
    server.use(http.get(apiUrl(`/api/v1/sponsors/${id}`), () => HttpResponse.json(anna())));
    renderApp(`/sponsors/${id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Beispiel' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '+49 7141 123456' })).toHaveAttribute('href', 'tel:+497141123456');
    expect(screen.getByRole('link', { name: 'anna.beispiel@example.org' })).toHaveAttribute(
      'href',
      'mailto:anna.beispiel@example.org',
    );
    expect(fact('Status')).toHaveTextContent('Aktiv');
    expect(fact('Sprachen')).toHaveTextContent('Deutsch, Rumänisch');
    expect(fact('Stadtteil')).toHaveTextContent('Oststadt');
    expect(fact('Interessen')).toHaveTextContent('Schule, Sport');
    expect(fact('Verfügbarkeit')).toHaveTextContent('werktags abends');
    expect(fact('Schulung abgeschlossen')).toHaveTextContent('30.09.2015');
    expect(fact('Höchstens begleitet')).toHaveTextContent('2 Personen');
    expect(fact('Einwilligung in die Datenverarbeitung')).toHaveTextContent('15.07.2015');
    expect(fact('Notizen')).toHaveTextContent('Spricht zu Hause Rumänisch.');
    expect(await within(fact('Projekt')).findByRole('link', { name: 'Willkommen in Ludwigsburg (WIL)' })).toHaveAttribute(
      'href',
      `/projects/${wil().id}`,
    );
    expect(screen.getByRole('link', { name: 'Zur Liste der Patinnen und Paten' })).toHaveAttribute('href', '/sponsors');
    expect(screen.getByRole('link', { name: 'Bearbeiten' })).toHaveAttribute('href', `/sponsors/${id}/edit`);
  });

  it('saysWhatIsMissingForAnUntrainedSponsorWithoutContactData', async () => {
    serveProjectOptions();
    server.use(
      http.get(apiUrl(`/api/v1/sponsors/${id}`), () =>
        HttpResponse.json(
          anna({
            status: 'INTERESTED',
            phone: undefined,
            email: undefined,
            trainingCompletedOn: undefined,
            consentGivenAt: undefined,
            projectId: undefined,
            maxMentees: 1,
          }),
        ),
      ),
    );
    renderApp(`/sponsors/${id}`);

    await screen.findByRole('heading', { level: 1, name: 'Anna Beispiel' });
    expect(fact('Telefon')).toHaveTextContent('–');
    expect(fact('Schulung abgeschlossen')).toHaveTextContent('Noch nicht geschult');
    expect(fact('Einwilligung in die Datenverarbeitung')).toHaveTextContent('Keine Einwilligung erfasst');
    expect(fact('Höchstens begleitet')).toHaveTextContent('1 Person');
    expect(fact('E-Mail')).toHaveTextContent('–');
    expect(within(fact('Telefon')).queryByRole('link')).not.toBeInTheDocument();
    expect(fact('Projekt')).toHaveTextContent('–');
  });

  it('asksBeforeDeletingAndShowsWhyTheServerRefuses', async () => {
    serveProjectOptions();
    server.use(
      http.get(apiUrl(`/api/v1/sponsors/${id}`), () => HttpResponse.json(anna())),
      http.delete(apiUrl(`/api/v1/sponsors/${id}`), () =>
        conflictProblem('in-use', 'The sponsor is still referred to by 2 mentorships.'),
      ),
    );
    const { user, router } = renderApp(`/sponsors/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Patin oder Paten löschen?' });
    expect(dialog).toHaveTextContent(
      'Möchten Sie Anna Beispiel mit allen persönlichen Angaben endgültig aus der Liste der Patinnen und Paten löschen?',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    const reason = await within(dialog).findByRole('alert');
    expect(reason).toHaveTextContent('Anna Beispiel kann nicht gelöscht werden');
    expect(reason).toHaveTextContent('The sponsor is still referred to by 2 mentorships.');
    expect(router.state.location.pathname).toBe(`/sponsors/${id}`);
  });

  it('deletesAfterConfirmationAndReturnsToTheList', async () => {
    let deleted = false;
    serveProjectOptions();
    server.use(
      http.get(apiUrl(`/api/v1/sponsors/${id}`), () => HttpResponse.json(anna())),
      http.delete(apiUrl(`/api/v1/sponsors/${id}`), () => {
        deleted = true;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(apiUrl('/api/v1/sponsors'), () => HttpResponse.json(page([]))),
    );
    const { user, router } = renderApp(`/sponsors/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Endgültig löschen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/sponsors'));
    expect(deleted).toBe(true);
    expect(await screen.findByText('Anna Beispiel wurde gelöscht.')).toBeInTheDocument();
  });
});
