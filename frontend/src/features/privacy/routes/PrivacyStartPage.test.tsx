import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { elena } from '../../newcomers/test-fixtures';
import { dpoMe } from '../test-fixtures';

beforeAll(async () => {
  // The page loads lazily; loaded once here, it opens within the queries' timeouts.
  await import('./PrivacyStartPage');
});

const opened = () => screen.findByRole('heading', { level: 1, name: 'Datenschutz' }, { timeout: 5000 });

describe('data protection start', () => {
  it('appliesTheRetentionPeriodsAfterAskingAndShowsTheCounts', async () => {
    let runs = 0;
    server.use(
      http.post(apiUrl('/api/v1/retention-runs'), () => {
        runs += 1;
        return HttpResponse.json({
          startedAt: '2026-07-01T08:00:00Z',
          finishedAt: '2026-07-01T08:00:01Z',
          retentionMonths: 24,
          endedBefore: '2024-07-01',
          examined: 5,
          anonymised: 4,
          skippedForLegalHold: 1,
        });
      }),
    );
    const { user } = renderApp('/privacy', { me: dpoMe() });
    await opened();
    expect(screen.getByRole('link', { name: 'Zum Protokoll' })).toHaveAttribute('href', '/privacy/audit');

    await user.click(screen.getByRole('button', { name: 'Aufbewahrungsfristen jetzt anwenden' }));
    const dialog = screen.getByRole('dialog', { name: 'Aufbewahrungsfristen jetzt anwenden?' });
    expect(dialog).toHaveTextContent('unwiderruflich anonymisiert');
    expect(runs).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Jetzt anwenden' }));

    const result = await screen.findByRole('status');
    expect(result).toHaveTextContent('Die Aufbewahrungsfristen wurden angewendet.');
    expect(result).toHaveTextContent('Aufbewahrungsfrist24 Monate');
    expect(result).toHaveTextContent('Fällig, wenn beendet vor dem01.07.2024');
    expect(result).toHaveTextContent('Fällige Personen5');
    expect(result).toHaveTextContent('Davon jetzt anonymisiert4');
    expect(result).toHaveTextContent('Davon wegen Aufbewahrungspflicht ausgelassen1');
    expect(runs).toBe(1);
  });

  it('findsAPersonByNameWithoutPuttingTheNameInTheAddress', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/v1/newcomers'), ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json(page([elena()]));
      }),
    );
    const { user, router } = renderApp('/privacy', { me: dpoMe() });
    await opened();

    await user.type(screen.getByLabelText('Name'), 'Popescu');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    const results = await screen.findByRole('list', { name: 'Gefundene Personen' });
    expect(within(results).getByRole('link', { name: 'Popescu, Elena' })).toHaveAttribute(
      'href',
      `/privacy/newcomers/${elena().id}`,
    );
    await waitFor(() => expect(queries.at(-1)?.get('q')).toBe('Popescu'));
    expect(router.state.location.href).toBe('/privacy');
  });
});
