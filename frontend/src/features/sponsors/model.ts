import type { Schemas } from '../../api/client';
import { enumValues } from '../../api/enums';

export type Sponsor = Schemas['Sponsor'];
export type SponsorRequest = Schemas['SponsorRequest'];
export type SponsorStatus = Schemas['SponsorStatus'];

export const sponsorStatuses = enumValues<SponsorStatus>()(['INTERESTED', 'IN_TRAINING', 'ACTIVE', 'PAUSED', 'LEFT']);

/** Sortable fields of `GET /sponsors` (see the contract). */
export const sponsorSortFields = ['lastName', 'firstName', 'district', 'status', 'trainingCompletedOn'] as const;
export type SponsorSortField = (typeof sponsorSortFields)[number];
export const defaultSponsorSort = 'lastName';

/** `Anna Beispiel`: how a sponsor is named in headings and questions. */
export const sponsorFullName = (sponsor: Pick<Sponsor, 'firstName' | 'lastName'>) => `${sponsor.firstName} ${sponsor.lastName}`;
