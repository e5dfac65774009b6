import { http, HttpResponse } from 'msw';
import type { Schemas } from '../../api/client';
import { lafi, page, wil } from '../../test/fixtures';
import { apiUrl, server } from '../../test/server';

type Newcomer = Schemas['Newcomer'];

/** An invented newcomer household of WiL (no real person's name from the seeds). */
export function elena(overrides: Partial<Newcomer> = {}): Newcomer {
  return {
    id: '01933b5e-b24a-7c3d-9a1b-2c3d4e5f6a7b',
    version: 1,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    firstName: 'Elena',
    lastName: 'Popescu',
    countryOfOrigin: 'RO',
    languages: ['ro', 'en'],
    arrivalDate: '2026-01-15',
    district: 'Oststadt',
    accommodation: 'Anschlussunterbringung Fuchshofstraße',
    householdSize: 4,
    needs: ['SCHOOL', 'AUTHORITIES'],
    residenceStatus: 'EU_FREE_MOVEMENT',
    status: 'WAITING',
    consentGivenAt: '2026-03-01T09:30:00Z',
    projectId: wil().id,
    email: 'elena.popescu@example.org',
    phone: '+49 7141 654321',
    notes: 'Zwei Kinder im Schulalter.',
    ...overrides,
  };
}

/** The newcomer as the API answers a role without the need (e.g. volunteer coordination). */
export function withoutPersonalDetails(newcomer: Newcomer): Newcomer {
  const visible: Partial<Newcomer> = { ...newcomer };
  delete visible.residenceStatus;
  delete visible.consentGivenAt;
  delete visible.phone;
  delete visible.email;
  return visible as Newcomer;
}

/** The projects a newcomer can take part in (the select's and the detail page's names). */
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
