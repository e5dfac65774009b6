import { http, HttpResponse } from 'msw';
import type { Schemas } from '../../api/client';
import { lafi, page, wil } from '../../test/fixtures';
import { apiUrl, server } from '../../test/server';

type Sponsor = Schemas['Sponsor'];

/** An invented sponsor of WiL (no real person's name from the seeds). */
export function anna(overrides: Partial<Sponsor> = {}): Sponsor {
  return {
    id: '01933b5e-a14a-7c3d-9a1b-2c3d4e5f6a7b',
    version: 1,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    firstName: 'Anna',
    lastName: 'Beispiel',
    email: 'anna.beispiel@example.org',
    phone: '+49 7141 123456',
    languages: ['de', 'ro'],
    district: 'Oststadt',
    interests: ['Schule', 'Sport'],
    availability: 'werktags abends',
    status: 'ACTIVE',
    trainingCompletedOn: '2015-09-30',
    maxMentees: 2,
    consentGivenAt: '2015-07-15T10:00:00Z',
    projectId: wil().id,
    notes: 'Spricht zu Hause Rumänisch.',
    ...overrides,
  };
}

/** The projects a sponsor can belong to (the select's and the detail page's names). */
export function serveProjectOptions() {
  server.use(http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([lafi(), wil()]))));
}

export const validationProblem = (field: string, message: string) =>
  HttpResponse.json(
    {
      type: 'urn:lotse:problem:validation',
      title: 'Invalid request',
      status: 400,
      detail: '1 field is invalid',
      violations: [{ field, in: 'body', message }],
    },
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );

export const conflictProblem = (type: 'version-conflict' | 'in-use', detail: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: `urn:lotse:problem:${type}`, title: 'Conflict', status: 409, detail, ...extra },
    { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
  );
