import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../api/client';
import { page, problem, wil } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';

type Milestone = Schemas['Milestone'];
const projectId = wil().id;
const milestonesUrl = apiUrl(`/api/v1/projects/${projectId}/milestones`);

function milestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: '01933b5e-9a4a-7c3d-9a1b-2c3d4e5f6a01',
    version: 0,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    projectId,
    title: 'Patinnen und Paten gewinnen',
    description: 'Rund 15 Ehrenamtliche über Migrantenorganisationen und den Integrationsrat.',
    plannedDate: '2015-06-30',
    status: 'PLANNED',
    ...overrides,
  };
}

/** The project page of WiL whose milestones are what `milestones()` returns at the time of the request. */
function serveProject(milestones: () => Milestone[]) {
  server.use(
    http.get(apiUrl(`/api/v1/projects/${projectId}`), () => HttpResponse.json(wil())),
    http.get(milestonesUrl, () => HttpResponse.json(page(milestones()))),
  );
}

describe('milestones on the project page', () => {
  it('addsAMilestoneOnceItsAchievedDateIsGiven', async () => {
    let stored: Milestone[] = [];
    const posts: Schemas['MilestoneRequest'][] = [];
    serveProject(() => stored);
    server.use(
      http.post(milestonesUrl, async ({ request }) => {
        const body = (await request.json()) as Schemas['MilestoneRequest'];
        posts.push(body);
        const created = milestone({ ...body, id: '01933b5e-9a4a-7c3d-9a1b-2c3d4e5f6a09' });
        stored = [created];
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    const { user } = renderApp(`/projects/${projectId}`);

    expect(await screen.findByText('Für dieses Projekt sind noch keine Meilensteine erfasst.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Meilenstein hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Matching');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'ACHIEVED');
    await user.type(screen.getByLabelText(/^Geplant für/), '2015-10-01');
    await user.click(screen.getByRole('button', { name: 'Meilenstein hinzufügen' }));

    // An achieved milestone needs its date (contract: "ACHIEVED needs its achievedDate").
    expect(await screen.findByLabelText(/^Erreicht am/)).toHaveAccessibleDescription(
      expect.stringContaining('Bitte geben Sie an, wann der Meilenstein erreicht wurde.'),
    );
    expect(posts).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Erreicht am/), '2015-11-15');
    await user.click(screen.getByRole('button', { name: 'Meilenstein hinzufügen' }));

    expect(await screen.findByText('Der Meilenstein „Matching“ wurde hinzugefügt.')).toBeInTheDocument();
    expect(posts).toEqual([{ title: 'Matching', status: 'ACHIEVED', plannedDate: '2015-10-01', achievedDate: '2015-11-15' }]);
    const item = await screen.findByRole('heading', { level: 3, name: 'Matching' });
    expect(item.closest('li')).toHaveTextContent('Erreicht: 15.11.2015');
  });

  it('showsAServerViolationAtTheMilestonesField', async () => {
    serveProject(() => []);
    server.use(
      http.post(milestonesUrl, () =>
        HttpResponse.json(
          problem(400, {
            type: 'urn:lotse:problem:validation',
            title: 'Invalid request',
            detail: '1 field is invalid',
            violations: [{ field: 'achievedDate', in: 'body', message: 'must not be in the future' }],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp(`/projects/${projectId}`);

    await user.click(await screen.findByRole('button', { name: 'Meilenstein hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Abschlussbericht');
    await user.type(screen.getByLabelText(/^Erreicht am/), '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Meilenstein hinzufügen' }));

    const achieved = screen.getByLabelText(/^Erreicht am/);
    await waitFor(() => expect(achieved).toHaveAttribute('aria-invalid', 'true'));
    expect(achieved).toHaveAccessibleDescription(expect.stringContaining('must not be in the future'));
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Abschlussbericht');
  });

  it('keepsTheEditOfAStaleMilestone', async () => {
    let stored = milestone({ version: 0 });
    const puts: Schemas['MilestoneRequest'][] = [];
    serveProject(() => [stored]);
    server.use(
      http.get(`${milestonesUrl}/${stored.id}`, () => HttpResponse.json(stored)),
      http.put(`${milestonesUrl}/${stored.id}`, async ({ request }) => {
        const body = (await request.json()) as Schemas['MilestoneRequest'];
        puts.push(body);
        if (body.version !== stored.version) {
          return HttpResponse.json(
            problem(409, {
              type: 'urn:lotse:problem:version-conflict',
              title: 'Version conflict',
              currentVersion: stored.version,
            }),
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        stored = { ...stored, ...body, version: stored.version + 1 };
        return HttpResponse.json(stored);
      }),
    );
    const { user } = renderApp(`/projects/${projectId}`);

    await user.click(await screen.findByRole('button', { name: 'Meilenstein „Patinnen und Paten gewinnen“ bearbeiten' }));
    stored = milestone({ version: 1, status: 'IN_PROGRESS' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'DROPPED');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const conflict = await screen.findByRole('alert');
    const statusRow = within(conflict).getByRole('row', { name: /Status/ });
    expect(statusRow).toHaveTextContent('Geplant');
    expect(statusRow).toHaveTextContent('In Arbeit');
    expect(statusRow).toHaveTextContent('Entfallen');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('DROPPED');
    expect(puts).toEqual([expect.objectContaining({ status: 'DROPPED', version: 0 })]);

    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderungen auf die aktuelle Fassung übertragen' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText('Der Meilenstein „Patinnen und Paten gewinnen“ wurde gespeichert.')).toBeInTheDocument();
    expect(puts[1]).toMatchObject({ status: 'DROPPED', version: 1 });
  });

  it('deletesAMilestone', async () => {
    let stored = [milestone()];
    let deleted = false;
    serveProject(() => stored);
    server.use(
      http.delete(`${milestonesUrl}/${milestone().id}`, () => {
        deleted = true;
        stored = [];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp(`/projects/${projectId}`);

    await user.click(await screen.findByRole('button', { name: 'Meilenstein „Patinnen und Paten gewinnen“ löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Meilenstein löschen?' });
    expect(dialog).toHaveTextContent('Möchten Sie den Meilenstein „Patinnen und Paten gewinnen“ endgültig löschen?');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    expect(await screen.findByText('Der Meilenstein „Patinnen und Paten gewinnen“ wurde gelöscht.')).toBeInTheDocument();
    expect(deleted).toBe(true);
    expect(await screen.findByText('Für dieses Projekt sind noch keine Meilensteine erfasst.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Patinnen und Paten gewinnen' })).not.toBeInTheDocument();
  });
});
