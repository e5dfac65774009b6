import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { formatInstant } from '../../../lib/format';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { auditEvent, dpoMe, newcomerId, officeMe } from '../test-fixtures';

beforeAll(async () => {
  // The page loads lazily; loaded once here, it opens within the queries' timeouts.
  await import('./AuditTrailPage');
});

/** Serves the audit trail and records every query the page sends. */
function serveAudit(items = [auditEvent()]) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('/api/v1/audit-events'), ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(page(items, 41));
    }),
  );
  return queries;
}

describe('audit trail', () => {
  it('listsWhoDidWhatToWhichRecordWithTheFieldNamesOnly', async () => {
    const queries = serveAudit([
      auditEvent(),
      auditEvent({
        id: '01933b5e-c84a-7c3d-9a1b-2c3d4e5f6a7c',
        actor: 'dpo',
        actorRoles: ['DPO'],
        action: 'READ',
        operation: 'exportNewcomerPersonalData',
        fields: ['*'],
      }),
    ]);
    renderApp('/privacy/audit', { me: dpoMe() });

    const table = await screen.findByRole('table', { name: 'Protokolleinträge' }, { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeInTheDocument();
    const [, changed, read] = within(table).getAllByRole('row');
    expect(changed).toHaveTextContent(formatInstant('2026-03-02T10:00:00Z', 'de'));
    expect(changed).toHaveTextContent('staff');
    expect(changed).toHaveTextContent('Person, Büro');
    expect(changed).toHaveTextContent('Geändert');
    expect(changed).toHaveTextContent('patchNewcomer');
    expect(changed).toHaveTextContent('Neuzugewanderte Person');
    expect(changed).toHaveTextContent('Stadtteil, Status');
    expect(within(changed!).getByRole('link', { name: 'Datenschutzseite der Person' })).toHaveAttribute(
      'href',
      `/privacy/newcomers/${newcomerId}`,
    );
    expect(within(changed!).getByRole('link', { name: /Alle Einträge zu diesem Datensatz/ })).toHaveAttribute(
      'href',
      `/privacy/audit?resourceId=${newcomerId}`,
    );
    expect(read).toHaveTextContent('Gelesen');
    expect(read).toHaveTextContent('alles (Auskunft)');
    expect(screen.getByText('41 Einträge')).toBeInTheDocument();
    expect(queries.at(-1)?.get('sort')).toBe('-occurredAt');
    expect(queries.at(-1)?.get('page')).toBe('0');
  });

  it('sendsTheFiltersOfTheUrlAndTheFormToTheApi', async () => {
    const queries = serveAudit();
    const { router, user } = renderApp('/privacy/audit?actor=staff&from=2026-03-01&page=2', { me: dpoMe() });
    await screen.findByRole('table', undefined, { timeout: 5000 });
    await waitFor(() => expect(queries.at(-1)?.get('actor')).toBe('staff'));
    expect(queries.at(-1)?.get('from')).toBe('2026-03-01');
    expect(queries.at(-1)?.get('page')).toBe('1');
    expect(screen.getByLabelText('Von')).toHaveValue('2026-03-01');

    const filters = screen.getByRole('search', { name: 'Protokoll filtern' });
    await user.clear(within(filters).getByLabelText('Benutzerkonto'));
    await user.type(within(filters).getByLabelText('Benutzerkonto'), 'coordinator');
    await user.selectOptions(within(filters).getByLabelText('Art des Datensatzes'), 'Patin / Pate');
    await user.type(within(filters).getByLabelText('Kennung des Datensatzes'), newcomerId);
    await user.type(within(filters).getByLabelText('Bis'), '2026-03-31');
    await user.click(within(filters).getByRole('button', { name: 'Suchen' }));

    await waitFor(() =>
      expect(router.state.location.search).toEqual({
        actor: 'coordinator',
        resourceType: 'sponsor',
        resourceId: newcomerId,
        from: '2026-03-01',
        to: '2026-03-31',
      }),
    );
    await waitFor(() => expect(queries.at(-1)?.get('actor')).toBe('coordinator'));
    const query = queries.at(-1)!;
    expect(query.get('resourceType')).toBe('sponsor');
    expect(query.get('resourceId')).toBe(newcomerId);
    expect(query.get('from')).toBe('2026-03-01');
    expect(query.get('to')).toBe('2026-03-31');
    // New filters start again at the first page.
    expect(query.get('page')).toBe('0');
  });

  it('pointsOutAnIncompleteRecordIdInsteadOfSendingIt', async () => {
    const queries = serveAudit();
    const { router, user } = renderApp('/privacy/audit', { me: dpoMe() });
    await screen.findByRole('table', undefined, { timeout: 5000 });
    const sent = queries.length;

    const field = screen.getByLabelText('Kennung des Datensatzes');
    await user.type(field, '01933b5e');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));

    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/vollständige Kennung/);
    expect(field).toHaveFocus();
    expect(router.state.location.search).toEqual({});
    expect(queries).toHaveLength(sent);
  });

  it('isNotOpenToTheOffice', async () => {
    renderApp('/privacy/audit', { me: officeMe() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Keine Berechtigung' }, { timeout: 5000 })).toBeInTheDocument();
  });
});
