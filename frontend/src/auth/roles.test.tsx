import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page, problem, wil } from '../test/fixtures';
import { sponsorId, sponsorMe, testSession, volunteerCoordinatorMe } from '../test/me';
import { renderApp } from '../test/render';
import { apiUrl, server } from '../test/server';
import { Session } from './session';

const navigationLinks = async () =>
  within(await screen.findByRole('navigation', { name: 'Hauptnavigation' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

/** The start page's project count; its other figures are not what these tests look at. */
function serveOverview() {
  server.use(
    http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([wil()], 1))),
    http.get(apiUrl('/api/v1/*'), () => HttpResponse.json(problem(404), { status: 404 })),
  );
}

describe('signed in', () => {
  it('showsTheUsersNameAndRoleAndSignsOut', async () => {
    serveOverview();
    const { session, idp } = testSession();
    const { user } = renderApp('/', { session });

    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByText('Sabine Stahl')).toBeInTheDocument();
    expect(banner).toHaveTextContent('Angemeldet als Sabine Stahl');
    expect(within(banner).getByText('Büro')).toBeInTheDocument();

    await user.click(within(banner).getByRole('button', { name: 'Abmelden' }));
    expect(idp.signoutRedirect).toHaveBeenCalledTimes(1);
  });

  it('namesEachRoleInGermanAndEnglish', async () => {
    serveOverview();
    renderApp('/', { me: volunteerCoordinatorMe(), language: 'en' });
    expect(await within(await screen.findByRole('banner')).findByText('Volunteer coordination')).toBeInTheDocument();
  });

  it('showsVolunteerCoordinationOnlyTheSectionsItMayOpen', async () => {
    serveOverview();
    renderApp('/', { me: volunteerCoordinatorMe() });

    expect(await navigationLinks()).toEqual([
      'Übersicht',
      'Projekte',
      'Patinnen und Paten',
      'Neuzugewanderte',
      'Vereine',
      'Netzwerktreffen',
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Haushalt in Kürze' })).not.toBeInTheDocument();
  });

  it('saysSoWhenAPageIsNotAllowedInsteadOfLoadingIt', async () => {
    // No handler for budget lines: the page must not even ask (MSW fails on unhandled requests).
    renderApp('/budget-lines', { me: volunteerCoordinatorMe() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('Ihre Rolle (Ehrenamtskoordination) erlaubt diese Seite nicht.');
    expect(screen.getByRole('link', { name: 'Zur Übersicht' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Keine Berechtigung – Lotse');
  });

  it('hidesActionsTheRoleMayNotTake', async () => {
    server.use(http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([wil()], 1))));
    renderApp('/projects', { me: volunteerCoordinatorMe() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Projekte' })).toBeInTheDocument();
    expect(await screen.findAllByRole('link', { name: 'Willkommen in Ludwigsburg' })).not.toHaveLength(0);
    expect(screen.queryByRole('link', { name: 'Neues Projekt' })).not.toBeInTheDocument();
  });

  it('givesASponsorTheirOwnProfileAndNothingElse', async () => {
    // No handler but /me: any request for office data would fail the test.
    renderApp('/', { me: sponsorMe() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen, Lena Berger' })).toBeInTheDocument();
    expect(await navigationLinks()).toEqual(['Übersicht', 'Mein Profil']);
    for (const link of screen.getAllByRole('link', { name: 'Mein Profil' })) {
      expect(link).toHaveAttribute('href', `/sponsors/${sponsorId}`);
    }
    expect(within(screen.getByRole('banner')).getByText('Pate/Patin')).toBeInTheDocument();
  });
});

describe('signed out', () => {
  const idpSpies = () => testSession().idp;

  it('offersToSignInInsteadOfSigningInAgainAtOnce', async () => {
    const idp = idpSpies();
    const { user } = renderApp('/', { session: new Session(idp, 'signed-out') });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sie sind abgemeldet' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Hauptnavigation' })).not.toBeInTheDocument();
    expect(idp.signinRedirect).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(idp.signinRedirect).toHaveBeenCalledWith({ state: '/' });
  });

  it('saysWhenTheIdentityProviderCannotBeReached', async () => {
    const idp = { ...idpSpies(), signinRedirect: () => Promise.reject(new Error('Failed to fetch')) };
    const { user } = renderApp('/', { session: new Session(idp, 'unavailable') });

    expect(await screen.findByRole('heading', { level: 1, name: 'Anmeldung nicht möglich' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Anmeldedienst ist gerade nicht erreichbar');
  });

  it('sendsNoRequestWithoutAToken', async () => {
    let requested = false;
    server.use(
      http.get(apiUrl('/api/v1/*'), () => {
        requested = true;
        return HttpResponse.json(problem(401), { status: 401 });
      }),
    );
    renderApp('/projects', { session: new Session(idpSpies(), 'offline') });

    expect(await screen.findByRole('heading', { level: 1, name: 'Anmeldung im Moment nicht möglich' })).toBeInTheDocument();
    expect(requested).toBe(false);
  });
});
