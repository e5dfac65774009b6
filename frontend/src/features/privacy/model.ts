import type { Schemas } from '../../api/client';
import { enumValues } from '../../api/enums';
import type { OperationId } from '../../auth/me';

export type AuditEvent = Schemas['AuditEvent'];
export type AuditAction = Schemas['AuditAction'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type HistoryKind = Schemas['HistoryKind'];
export type Consent = Schemas['Consent'];
export type ConsentPurpose = Schemas['ConsentPurpose'];
export type ConsentRequest = Schemas['ConsentRequest'];
export type LegalHold = Schemas['LegalHold'];
export type Erasure = Schemas['Erasure'];
export type RetentionRun = Schemas['RetentionRun'];

export const auditActions = enumValues<AuditAction>()(['CREATED', 'CHANGED', 'DELETED', 'READ']);
export const historyKinds = enumValues<HistoryKind>()(['CREATED', 'CHANGED', 'DELETED']);
export const consentPurposes = enumValues<ConsentPurpose>()([
  'DATA_PROCESSING',
  'MATCHING',
  'CONTACT_BY_PHONE_OR_EMAIL',
  'EVENT_INVITATIONS',
  'PHOTOS_AND_PUBLICATION',
]);

/** The kinds of record the audit trail names (kebab-case, as the API writes them). */
export const resourceTypes = [
  'newcomer',
  'sponsor',
  'consent',
  'project',
  'milestone',
  'budget-line',
  'association',
  'network-meeting',
  'meeting-participant',
  'meeting-action',
] as const;
export type ResourceType = (typeof resourceTypes)[number];
export const isKnownResourceType = (type: string): type is ResourceType => (resourceTypes as readonly string[]).includes(type);

/** Sortable fields of `GET /audit-events`. */
export const auditSortFields = ['occurredAt', 'actor', 'operation', 'resourceType'] as const;
export type AuditSortField = (typeof auditSortFields)[number];
export const defaultAuditSort = '-occurredAt';

/** The two kinds of people whose personal data Lotse holds, as their paths name them. */
export const subjects = ['newcomers', 'sponsors'] as const;
export type Subject = (typeof subjects)[number];

/** How the audit trail and the history name the record of each kind of person. */
export const subjectResourceType = { newcomers: 'newcomer', sponsors: 'sponsor' } as const satisfies Record<
  Subject,
  ResourceType
>;

/** The operations of one kind of person: the page shows each action only to those who may call it. */
export const subjectOperations = {
  newcomers: {
    get: 'getNewcomer',
    listConsents: 'listNewcomerConsents',
    giveConsent: 'giveNewcomerConsent',
    withdrawConsent: 'withdrawNewcomerConsent',
    history: 'getNewcomerHistory',
    export: 'exportNewcomerPersonalData',
    erase: 'eraseNewcomer',
    setLegalHold: 'setNewcomerLegalHold',
    releaseLegalHold: 'releaseNewcomerLegalHold',
  },
  sponsors: {
    get: 'getSponsor',
    listConsents: 'listSponsorConsents',
    giveConsent: 'giveSponsorConsent',
    withdrawConsent: 'withdrawSponsorConsent',
    history: 'getSponsorHistory',
    export: 'exportSponsorPersonalData',
    erase: 'eraseSponsor',
    setLegalHold: 'setSponsorLegalHold',
    releaseLegalHold: 'releaseSponsorLegalHold',
  },
} as const satisfies Record<Subject, Record<string, OperationId>>;

/** One person whose data protection page is open. */
export interface Person {
  subject: Subject;
  id: string;
}
