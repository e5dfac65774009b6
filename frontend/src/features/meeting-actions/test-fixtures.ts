import type { Schemas } from '../../api/client';

type Item = Schemas['MeetingActionWithMeeting'];

export const ROUND_TABLE_ID = '01900000-0007-7000-8000-000000000001';
export const JOUR_FIXE_ID = '01900000-0007-7000-8000-000000000002';

/** An action of the round table, long overdue. */
export function overdueAction(overrides: Partial<Item> = {}): Item {
  return {
    id: '01900000-0008-7000-8000-000000000001',
    version: 0,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    meetingId: ROUND_TABLE_ID,
    meetingTitle: 'Runder Tisch Vielfalt',
    meetingStartsAt: '2026-03-12T17:00:00Z',
    description: 'Schulamt wegen Räumen für herkunftssprachlichen Unterricht anfragen',
    owner: 'Büro für Integration und Migration',
    dueDate: '2020-01-15',
    status: 'OPEN',
    ...overrides,
  };
}

/** An action of the Jour Fixe Asyl, due far ahead. */
export function upcomingAction(overrides: Partial<Item> = {}): Item {
  return overdueAction({
    id: '01900000-0008-7000-8000-000000000002',
    meetingId: JOUR_FIXE_ID,
    meetingTitle: 'Jour Fixe Asyl',
    meetingStartsAt: '2026-04-02T08:00:00Z',
    description: 'Dolmetscherliste aktualisieren',
    owner: 'Caritas',
    dueDate: '2099-06-30',
    ...overrides,
  });
}
