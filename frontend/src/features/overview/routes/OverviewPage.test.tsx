import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { officeToday } from '../../../lib/today';
import { lafi, page, wil } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';

const runningIds = [wil().id, lafi().id];

/** Serves every list the start page counts (the total is what counts) and the budget summary. */
function serveStartPage({ running = [wil(), lafi()] } = {}) {
  const requests: Record<string, URLSearchParams[]> = {};
  const record = (name: string, request: Request) => {
    (requests[name] ??= []).push(new URL(request.url).searchParams);
  };
  server.use(
    // The running projects' ids come from a page of 100; the count from a page of 1.
    http.get(apiUrl('/api/v1/projects'), ({ request }) => {
      record('projects', request);
      const query = new URL(request.url).searchParams;
      return HttpResponse.json(page(query.get('size') === '1' ? running.slice(0, 1) : running, running.length));
    }),
    http.get(apiUrl('/api/v1/sponsors'), ({ request }) => {
      record('sponsors', request);
      return HttpResponse.json(page([], 14));
    }),
    http.get(apiUrl('/api/v1/newcomers'), ({ request }) => {
      record('newcomers', request);
      return HttpResponse.json(page([], 1234));
    }),
    http.get(apiUrl('/api/v1/network-meetings'), ({ request }) => {
      record('meetings', request);
      return HttpResponse.json(page([], 3));
    }),
    http.get(apiUrl('/api/v1/meeting-actions'), ({ request }) => {
      record('actions', request);
      return HttpResponse.json(page([], 5));
    }),
    http.get(apiUrl('/api/v1/budget-lines/summary'), ({ request }) => {
      record('summary', request);
      return HttpResponse.json({
        projectIds: new URL(request.url).searchParams.getAll('projectId'),
        plannedCost: '200400.00',
        actualCost: '172900.00',
        plannedFunding: '120240.00',
        actualFunding: '110220.00',
        remainingCost: '80160.00',
        actualRemainingCost: '62680.00',
        fundingRate: '60.00',
        byProject: [],
        byFiscalYear: [],
        byCategory: [],
      });
    }),
  );
  return requests;
}

describe('start page', () => {
  it('showsTodaysCountsEachAsOneLinkToItsList', async () => {
    serveStartPage();
    renderApp('/');
    const today = await screen.findByRole('region', { name: 'Heute im Blick' });

    const link = async (name: RegExp, count: string) => {
      const found = await within(today).findByRole('link', { name });
      await waitFor(() => expect(found).toHaveTextContent(count));
      return found;
    };
    expect(await link(/Laufende Projekte/, '2')).toHaveAttribute('href', '/projects?status=RUNNING');
    expect(await link(/Aktive Patinnen und Paten/, '14')).toHaveAttribute('href', '/sponsors?status=ACTIVE');
    expect(await link(/warten auf eine Patenschaft/, '1.234')).toHaveAttribute('href', '/newcomers?status=WAITING');
    expect(await link(/Anstehende Netzwerktreffen/, '3')).toHaveAttribute(
      'href',
      `/network-meetings?from=${officeToday()}&sort=startsAt`,
    );
    expect(await link(/Offene Aufgaben/, '5')).toHaveAttribute('href', '/meeting-actions?status=OPEN');
    expect(within(today).getAllByRole('link')).toHaveLength(5);
  });

  it('countsWithPagesOfOneItemAndTheRightFilters', async () => {
    const requests = serveStartPage();
    renderApp('/');
    await waitFor(() => expect(requests.actions).toBeDefined());
    await waitFor(() => expect(requests.meetings).toBeDefined());

    const countRequest = (name: string) => requests[name]!.find((query) => query.get('size') === '1')!;
    expect(countRequest('projects').get('status')).toBe('RUNNING');
    expect(requests.sponsors![0]!.get('status')).toBe('ACTIVE');
    expect(requests.sponsors![0]!.get('size')).toBe('1');
    expect(requests.newcomers![0]!.get('status')).toBe('WAITING');
    expect(requests.meetings![0]!.get('from')).toBe(officeToday());
    expect(requests.meetings![0]!.get('size')).toBe('1');
    expect(requests.actions![0]!.get('status')).toBe('OPEN');
    expect(requests.actions![0]!.get('size')).toBe('1');
  });

  it('showsTheBudgetOfTheRunningProjectsInBrief', async () => {
    const requests = serveStartPage();
    renderApp('/');
    const budget = await screen.findByRole('region', { name: 'Haushalt in Kürze' });

    expect(await within(budget).findByText('200.400,00 €')).toBeInTheDocument();
    expect(within(budget).getByText('120.240,00 €')).toBeInTheDocument();
    expect(within(budget).getByText('80.160,00 €')).toBeInTheDocument();
    expect(within(budget).getByText('60,00 %')).toBeInTheDocument();
    expect(within(budget).getByText('Laufende Projekte (2), alle Haushaltsjahre, Plan:')).toBeInTheDocument();
    expect(within(budget).getByRole('link', { name: 'Zum Haushalt' })).toHaveAttribute('href', '/budget');
    expect(requests.summary![0]!.getAll('projectId')).toEqual(runningIds);
    const idsRequest = requests.projects!.find((query) => query.get('size') === '100')!;
    expect(idsRequest.get('status')).toBe('RUNNING');
  });

  it('saysSoWhenNoProjectIsRunning', async () => {
    const requests = serveStartPage({ running: [] });
    renderApp('/');
    const budget = await screen.findByRole('region', { name: 'Haushalt in Kürze' });

    expect(await within(budget).findByText('Zurzeit läuft kein Projekt.')).toBeInTheDocument();
    expect(requests.summary).toBeUndefined();
  });

  it('findsANewcomerFromTheStartPageInTwoSteps', async () => {
    const requests = serveStartPage();
    const { router, user } = renderApp('/');

    await user.type(await screen.findByRole('searchbox', { name: 'Neuzugewanderte suchen' }), 'Popescu{Enter}');

    await waitFor(() => expect(router.state.location.href).toBe('/newcomers?q=Popescu'));
    await waitFor(() => expect(requests.newcomers?.some((query) => query.get('q') === 'Popescu')).toBe(true));
  });

  it('findsASponsorWithTheSearchButton', async () => {
    serveStartPage();
    const { router, user } = renderApp('/');
    const form = await screen.findByRole('search', { name: 'Patinnen und Paten suchen' });

    await user.type(within(form).getByRole('searchbox'), 'Rumänisch');
    await user.click(within(form).getByRole('button', { name: 'Suchen' }));

    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'Rumänisch' }));
    expect(router.state.location.pathname).toBe('/sponsors');
  });
});
