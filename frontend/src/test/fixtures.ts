import type { Schemas } from '../api/client';

type Project = Schemas['Project'];

/** Willkommen in Ludwigsburg (WiL), as in the council report 167/15. */
export function wil(overrides: Partial<Project> = {}): Project {
  return {
    id: '01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7b',
    version: 1,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    code: 'WIL',
    name: 'Willkommen in Ludwigsburg',
    description: 'Geschulte ehrenamtliche Patinnen und Paten begleiten Neuzugewanderte ein Jahr lang.',
    status: 'RUNNING',
    startDate: '2015-04-01',
    endDate: '2018-03-31',
    fundingProgramme: 'VwV Integration',
    funder: 'Ministerium für Integration Baden-Württemberg',
    actionFields: ['CIVIC_ENGAGEMENT'],
    staffSharePercent: 35,
    lead: 'Büro für Integration und Migration',
    coordinator: 'Projektkoordination WiL',
    ...overrides,
  };
}

/** Ludwigsburger Akteure für Integration (LAfI). */
export function lafi(overrides: Partial<Project> = {}): Project {
  return wil({
    id: '01933b5e-8f4a-7c3d-9a1b-2c3d4e5f6a7c',
    code: 'LAFI',
    name: 'Ludwigsburger Akteure für Integration',
    description: 'Netzwerk der Vereine und Initiativen.',
    actionFields: ['CULTURE_CLUBS', 'CIVIC_ENGAGEMENT'],
    coordinator: 'Projektkoordination LAfI',
    ...overrides,
  });
}

export function page<T>(items: T[], total = items.length, pageNumber = 0, size = 20) {
  return { items, page: pageNumber, size, total };
}

export function problem(status: number, fields: Partial<Schemas['Problem']> = {}) {
  return { status, title: 'Problem', ...fields };
}
