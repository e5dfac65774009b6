import type { Person } from '../model';
import type { ListAuditEventsParams } from './audit-events';

/** Query keys of the privacy feature; a person's keys hang below `person`, so one invalidation refreshes their page. */
export const privacyKeys = {
  all: ['privacy'] as const,
  audit: (params: ListAuditEventsParams) => [...privacyKeys.all, 'audit', params] as const,
  person: ({ subject, id }: Person) => [...privacyKeys.all, subject, id] as const,
  consents: (person: Person) => [...privacyKeys.person(person), 'consents'] as const,
  history: (person: Person, page: number, size: number) => [...privacyKeys.person(person), 'history', { page, size }] as const,
};
