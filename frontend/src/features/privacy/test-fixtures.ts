import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import type { Schemas } from '../../api/client';
import type { Me, OperationId } from '../../auth/me';
import { page } from '../../test/fixtures';
import { apiUrl, server } from '../../test/server';
import { elena } from '../newcomers/test-fixtures';
import type { AuditEvent, Consent, HistoryEntry } from './model';

type Role = Schemas['Role'];

const matrixColumns: Role[] = ['STAFF', 'COORDINATOR', 'VOLUNTEER_COORDINATOR', 'SPONSOR', 'DPO'];

/** A signed-in user of one role with exactly the operations the committed access matrix gives it. */
export function meOf(role: Role, username: string, name: string): Me {
  const csv = readFileSync(resolve(process.cwd(), '../backend/src/main/resources/security/access-matrix.csv'), 'utf8');
  const column = matrixColumns.indexOf(role) + 1;
  const operations: Me['operations'] = {};
  for (const line of csv.split('\n')) {
    const cells = line.trim().split(',');
    if (line.startsWith('#') || cells.length < 6 || cells[0] === 'operationId') continue;
    const access = cells[column];
    if (access === 'allow') operations[cells[0] as OperationId] = 'ALLOW';
    if (access === 'own') operations[cells[0] as OperationId] = 'OWN';
  }
  return { username, name, roles: [role], operations };
}

export const dpoMe = () => meOf('DPO', 'dpo', 'Dr. Dana Petersen');
export const officeMe = () => meOf('STAFF', 'staff', 'Sabine Stahl');

export const newcomerId = elena().id;

export function consent(overrides: Partial<Consent> = {}): Consent {
  return {
    id: '01933b5e-c14a-7c3d-9a1b-2c3d4e5f6a01',
    version: 0,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    purpose: 'DATA_PROCESSING',
    givenAt: '2026-03-01T09:30:00Z',
    recordedBy: 'staff',
    inForce: true,
    note: 'Unterschriebenes Formular, deutsch und rumänisch',
    ...overrides,
  };
}

/** Elena has consented to data processing (in force) and had consented to matching (withdrawn). */
export const elenasConsents = () => [
  consent(),
  consent({
    id: '01933b5e-c14a-7c3d-9a1b-2c3d4e5f6a02',
    purpose: 'MATCHING',
    inForce: false,
    note: undefined,
    withdrawnAt: '2026-06-15T12:00:00Z',
    withdrawnBy: 'coordinator',
  }),
];

export function consentList(items: Consent[]) {
  return {
    ...page(items, items.length, 0, 100),
    purposes: [
      { purpose: 'DATA_PROCESSING' as const, allowed: true, givenAt: '2026-03-01T09:30:00Z' },
      { purpose: 'MATCHING' as const, allowed: false },
      { purpose: 'CONTACT_BY_PHONE_OR_EMAIL' as const, allowed: false },
      { purpose: 'EVENT_INVITATIONS' as const, allowed: false },
      { purpose: 'PHOTOS_AND_PUBLICATION' as const, allowed: false },
    ],
  };
}

export function revision(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    revision: 42,
    at: '2026-03-02T10:00:00Z',
    actor: 'staff',
    kind: 'CHANGED',
    operation: 'patchNewcomer',
    changedFields: ['district'],
    values: { firstName: 'Elena', lastName: 'Popescu', district: 'Oststadt' },
    ...overrides,
  };
}

export function auditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: '01933b5e-c84a-7c3d-9a1b-2c3d4e5f6a7b',
    occurredAt: '2026-03-02T10:00:00Z',
    actor: 'staff',
    actorKind: 'PERSON',
    actorRoles: ['STAFF'],
    action: 'CHANGED',
    operation: 'patchNewcomer',
    resourceType: 'newcomer',
    resourceId: newcomerId,
    fields: ['district', 'status'],
    ...overrides,
  };
}

/** Elena's record, consents and history as the API answers them. */
export function serveElena(consents: Consent[] = elenasConsents()) {
  server.use(
    http.get(apiUrl(`/api/v1/newcomers/${newcomerId}`), () => HttpResponse.json(elena())),
    http.get(apiUrl(`/api/v1/newcomers/${newcomerId}/consents`), () => HttpResponse.json(consentList(consents))),
    http.get(apiUrl(`/api/v1/newcomers/${newcomerId}/history`), () => HttpResponse.json(page([revision()]))),
  );
}

export const problemResponse = (status: number, type: string, detail: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: `urn:lotse:problem:${type}`, title: 'Conflict', status, detail, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
