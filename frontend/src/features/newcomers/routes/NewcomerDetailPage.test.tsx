import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page, wil } from '../../../test/fixtures';
import { volunteerCoordinatorMe } from '../../../test/me';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { conflictProblem, elena, serveProjectOptions, withoutPersonalDetails } from '../test-fixtures';

const id = elena().id;

/** The value next to a label of the detail page's description list. */
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('newcomer detail', () => {
  it('showsEveryFieldReadablyWithTappablePhoneAndEmail', async () => {
    serveProjectOptions();
    server.use(http.get(apiUrl(`/api/v1/newcomers/${id}`), () => HttpResponse.json(elena())));
    renderApp(`/newcomers/${id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Elena Popescu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '+49 7141 654321' })).toHaveAttribute('href', 'tel:+497141654321');
    expect(screen.getByRole('link', { name: 'elena.popescu@example.org' })).toHaveAttribute(
      'href',
      'mailto:elena.popescu@example.org',
    );
    expect(fact('Status')).toHaveTextContent('Wartet');
    expect(fact('Herkunftsland')).toHaveTextContent('Rumänien');
    expect(fact('Sprachen')).toHaveTextContent('Rumänisch, Englisch');
    expect(fact('Ankunft')).toHaveTextContent('15.01.2026');
    expect(fact('Stadtteil')).toHaveTextContent('Oststadt');
    expect(fact('Unterkunft')).toHaveTextContent('Anschlussunterbringung Fuchshofstraße');
    expect(fact('Personen im Haushalt')).toHaveTextContent('4');
    expect(fact('Unterstützungsbedarf')).toHaveTextContent('Schule, Behördengänge');
    expect(fact('Aufenthaltsstatus')).toHaveTextContent('EU-Freizügigkeit');
    expect(fact('Einwilligung in die Datenverarbeitung')).toHaveTextContent('01.03.2026');
    expect(fact('Notizen')).toHaveTextContent('Zwei Kinder im Schulalter.');
    expect(await within(fact('Projekt')).findByRole('link', { name: 'Willkommen in Ludwigsburg (WIL)' })).toHaveAttribute(
      'href',
      `/projects/${wil().id}`,
    );
    expect(screen.getByRole('link', { name: 'Zur Liste der Neuzugewanderten' })).toHaveAttribute('href', '/newcomers');
    expect(screen.getByRole('link', { name: 'Bearbeiten' })).toHaveAttribute('href', `/newcomers/${id}/edit`);
  });

  it('marksWhatIsNotRecorded', async () => {
    serveProjectOptions();
    server.use(
      http.get(apiUrl(`/api/v1/newcomers/${id}`), () =>
        HttpResponse.json(
          elena({
            residenceStatus: 'TOLERATION',
            phone: undefined,
            email: undefined,
            countryOfOrigin: undefined,
            needs: [],
            consentGivenAt: undefined,
            projectId: undefined,
          }),
        ),
      ),
    );
    renderApp(`/newcomers/${id}`);

    await screen.findByRole('heading', { level: 1, name: 'Elena Popescu' });
    expect(fact('Aufenthaltsstatus')).toHaveTextContent('Duldung');
    expect(fact('Herkunftsland')).toHaveTextContent('–');
    expect(fact('Unterstützungsbedarf')).toHaveTextContent('–');
    expect(within(fact('Telefon')).queryByRole('link')).not.toBeInTheDocument();
    expect(fact('Einwilligung in die Datenverarbeitung')).toHaveTextContent('Keine Einwilligung erfasst');
    expect(fact('Projekt')).toHaveTextContent('–');
  });

  it('leavesOutWhatTheRoleMayNotSeeAndOffersNoChanges', async () => {
    // Volunteer coordination: the API leaves out residence status, consent and contact; no writes.
    const visible = withoutPersonalDetails(elena());
    serveProjectOptions();
    server.use(http.get(apiUrl(`/api/v1/newcomers/${id}`), () => HttpResponse.json(visible)));
    renderApp(`/newcomers/${id}`, { me: volunteerCoordinatorMe() });

    await screen.findByRole('heading', { level: 1, name: 'Elena Popescu' });
    expect(fact('Stadtteil')).toHaveTextContent('Oststadt');
    for (const label of ['Aufenthaltsstatus', 'Telefon', 'E-Mail', 'Einwilligung in die Datenverarbeitung']) {
      expect(screen.queryByText(label, { selector: 'dt' })).not.toBeInTheDocument();
    }
    expect(screen.getByRole('main')).not.toHaveTextContent(/undefined/);
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Löschen' })).not.toBeInTheDocument();
  });

  it('asksBeforeDeletingAndShowsWhyTheServerRefuses', async () => {
    serveProjectOptions();
    server.use(
      http.get(apiUrl(`/api/v1/newcomers/${id}`), () => HttpResponse.json(elena())),
      http.delete(apiUrl(`/api/v1/newcomers/${id}`), () =>
        conflictProblem('in-use', 'The newcomer is still referred to by 1 mentorship.'),
      ),
    );
    const { user, router } = renderApp(`/newcomers/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Neuzugewanderte Person löschen?' });
    expect(dialog).toHaveTextContent(
      'Möchten Sie Elena Popescu mit allen persönlichen Angaben endgültig aus der Liste der Neuzugewanderten löschen?',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    const reason = await within(dialog).findByRole('alert');
    expect(reason).toHaveTextContent('Elena Popescu kann nicht gelöscht werden');
    expect(reason).toHaveTextContent('The newcomer is still referred to by 1 mentorship.');
    expect(router.state.location.pathname).toBe(`/newcomers/${id}`);
  });

  it('deletesAfterConfirmationAndReturnsToTheList', async () => {
    let deleted = false;
    serveProjectOptions();
    server.use(
      http.get(apiUrl(`/api/v1/newcomers/${id}`), () => HttpResponse.json(elena())),
      http.delete(apiUrl(`/api/v1/newcomers/${id}`), () => {
        deleted = true;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(apiUrl('/api/v1/newcomers'), () => HttpResponse.json(page([]))),
    );
    const { user, router } = renderApp(`/newcomers/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Endgültig löschen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/newcomers'));
    expect(deleted).toBe(true);
    expect(await screen.findByText('Elena Popescu wurde gelöscht.')).toBeInTheDocument();
  });
});
