import { http, HttpResponse } from 'msw';
import type { Schemas } from '../../api/client';
import { lafi, page, wil } from '../../test/fixtures';
import { apiUrl, server } from '../../test/server';

type NetworkMeeting = Schemas['NetworkMeeting'];
type MeetingParticipant = Schemas['MeetingParticipant'];
type MeetingAction = Schemas['MeetingAction'];
type Association = Schemas['Association'];

export const meetingId = '01933b5e-6d4a-7c3d-9a1b-2c3d4e5f6a7b';

function association(id: string, name: string): Association {
  return {
    id,
    version: 0,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    name,
    kind: 'MIGRANT_ORGANISATION',
    fields: ['CULTURE'],
    languages: ['de'],
    active: true,
  };
}

export const griechischeGemeinde = association('01933b5e-7e4a-7c3d-9a1b-2c3d4e5f6a01', 'Griechische Gemeinde Ludwigsburg');
export const rumaenischerKulturverein = association('01933b5e-7e4a-7c3d-9a1b-2c3d4e5f6a02', 'Rumänischer Kulturverein');
export const elternverein = association('01933b5e-7e4a-7c3d-9a1b-2c3d4e5f6a03', 'Türkischer Elternverein');
export const associations = [griechischeGemeinde, rumaenischerKulturverein, elternverein];

/** A fireside talk hosted by an association, filed under LAfI (as in the seeds: three in 2021). */
export function kamingespraech(overrides: Partial<NetworkMeeting> = {}): NetworkMeeting {
  return {
    id: meetingId,
    version: 1,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    title: 'Kamingespräch in der Griechischen Gemeinde',
    format: 'FIRESIDE_TALK',
    startsAt: '2021-10-28T15:00:00Z',
    endsAt: '2021-10-28T17:00:00Z',
    location: 'Vereinsheim, Ludwigsburg-Oststadt',
    hostAssociationId: griechischeGemeinde.id,
    projectId: lafi().id,
    actionFields: ['CULTURE_CLUBS'],
    topics: ['Dachverband', 'Raumbedarf'],
    minutes: '12 Vereine waren da.\nDer Wunsch nach einem Dachverband wurde bekräftigt.',
    ...overrides,
  };
}

export function participant(overrides: Partial<MeetingParticipant> = {}): MeetingParticipant {
  return {
    id: '01933b5e-5c4a-7c3d-9a1b-2c3d4e5f6a01',
    version: 0,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    meetingId,
    associationId: rumaenischerKulturverein.id,
    invited: true,
    attended: true,
    ...overrides,
  };
}

export const schulraetin = participant({
  id: '01933b5e-5c4a-7c3d-9a1b-2c3d4e5f6a02',
  associationId: undefined,
  personName: 'Jana Beispiel',
  organisation: 'Staatliches Schulamt',
  role: 'Schulrätin',
  invited: true,
  attended: false,
});

export function action(overrides: Partial<MeetingAction> = {}): MeetingAction {
  return {
    id: '01933b5e-4b4a-7c3d-9a1b-2c3d4e5f6a01',
    version: 2,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    meetingId,
    description: 'Schulamt um Räume für den herkunftssprachlichen Unterricht bitten',
    owner: 'Büro für Integration und Migration',
    dueDate: '2021-11-30',
    status: 'OPEN',
    ...overrides,
  };
}

export const doneAction = action({
  id: '01933b5e-4b4a-7c3d-9a1b-2c3d4e5f6a02',
  version: 3,
  description: 'Satzungsentwurf für den Dachverband verschicken',
  owner: 'Griechische Gemeinde Ludwigsburg',
  dueDate: '2021-12-15',
  status: 'DONE',
  doneOn: '2021-12-10',
});

/**
 * Answers the reads of a meeting's pages: the meeting, its participants and actions (as given),
 * and the associations and projects the forms offer.
 */
export function serveMeeting({
  meeting = kamingespraech(),
  participants = [participant(), schulraetin],
  actions = [action(), doneAction],
}: { meeting?: NetworkMeeting; participants?: MeetingParticipant[]; actions?: MeetingAction[] } = {}) {
  server.use(
    http.get(apiUrl(`/api/v1/network-meetings/${meeting.id}`), () => HttpResponse.json(meeting)),
    http.get(apiUrl(`/api/v1/network-meetings/${meeting.id}/participants`), () => HttpResponse.json(page(participants))),
    http.get(apiUrl(`/api/v1/network-meetings/${meeting.id}/actions`), () => HttpResponse.json(page(actions))),
    http.get(apiUrl('/api/v1/associations'), () => HttpResponse.json(page(associations))),
    http.get(apiUrl('/api/v1/projects'), () => HttpResponse.json(page([wil(), lafi()]))),
  );
}

export const problemJson = { 'Content-Type': 'application/problem+json' };

export function versionConflict(currentVersion: number) {
  return HttpResponse.json(
    {
      type: 'urn:lotse:problem:version-conflict',
      title: 'Version conflict',
      status: 409,
      detail: 'The record was changed by someone else',
      currentVersion,
    },
    { status: 409, headers: problemJson },
  );
}
