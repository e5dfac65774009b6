import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { languageStorageKey } from '../../i18n';
import { page, problem, wil } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { apiUrl, server } from '../../test/server';

function serveOverview() {
  server.use(
    http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([wil()], 2))),
    // The start page's other counts and its budget summary are not what these tests look at.
    http.get(apiUrl('/api/v1/*'), () => HttpResponse.json(problem(404), { status: 404 })),
  );
}

describe('app shell', () => {
  it('hasSkipLinkLandmarksAndEverySection', async () => {
    serveOverview();
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('banner')).toHaveTextContent('Lotse');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Übersicht',
      'Projekte',
      'Haushalt',
      'Budgetposten',
      'Patinnen und Paten',
      'Neuzugewanderte',
      'Vereine',
      'Netzwerktreffen',
    ]);
    expect(within(nav).getByRole('link', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'page');
  });

  it('menuButtonTellsWhetherTheNavigationIsOpen', async () => {
    serveOverview();
    const { user } = renderApp('/');
    const button = await screen.findByRole('button', { name: 'Menü' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', screen.getByRole('navigation', { name: 'Hauptnavigation' }).id);

    await user.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('showsProjectCountsByStatusOnTheOverview', async () => {
    serveOverview();
    renderApp('/');
    const running = await screen.findByRole('link', { name: /Laufend/ });
    await waitFor(() => expect(running).toHaveTextContent('2'));
    expect(running).toHaveAttribute('href', '/projects?status=RUNNING');
  });

  it('saysWhenAPageDoesNotExist', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
  });
});

describe('language switch', () => {
  it('switchesToEnglishAndRemembersTheChoice', async () => {
    serveOverview();
    const { user } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Projekte' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'English' }));

    const navInEnglish = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navInEnglish).getByRole('link', { name: 'Projects' })).toBeInTheDocument();
    expect(within(navInEnglish).getByRole('link', { name: 'Sponsors' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(languageStorageKey)).toBe('en');
  });

  it('startsInTheLanguageChosenEarlier', async () => {
    window.localStorage.setItem(languageStorageKey, 'en');
    serveOverview();
    renderApp('/');

    expect(await screen.findByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('eachLanguageIsNamedInItsOwnLanguage', async () => {
    serveOverview();
    renderApp('/');
    expect(await screen.findByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('lang', 'de');
  });
});
