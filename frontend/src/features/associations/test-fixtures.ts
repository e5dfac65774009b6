import type { Schemas } from '../../api/client';

type Association = Schemas['Association'];

/** A migrant organisation with every field filled (an invented example, no real contact). */
export function kulturverein(overrides: Partial<Association> = {}): Association {
  return {
    id: '01933b5e-7e4a-7c3d-9a1b-2c3d4e5f6a7b',
    version: 1,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    name: 'Deutsch-Rumänischer Kulturverein',
    kind: 'MIGRANT_ORGANISATION',
    fields: ['CULTURE', 'EDUCATION'],
    contactName: 'Ana Beispiel',
    email: 'kontakt@kulturverein.example.org',
    phone: '+49 7141 000000',
    address: 'Marktplatz 1, 71634 Ludwigsburg',
    district: 'Oststadt',
    languages: ['ro', 'de'],
    memberCount: 1200,
    active: true,
    website: 'https://kulturverein.example.org',
    notes: 'Sucht Räume für den herkunftssprachlichen Unterricht.',
    ...overrides,
  };
}
