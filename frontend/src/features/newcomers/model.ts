import type { Schemas } from '../../api/client';
import { enumValues } from '../../api/enums';

export type Newcomer = Schemas['Newcomer'];
export type NewcomerRequest = Schemas['NewcomerRequest'];
export type NewcomerStatus = Schemas['NewcomerStatus'];
export type NewcomerNeed = Schemas['NewcomerNeed'];
export type ResidenceStatus = Schemas['ResidenceStatus'];

export const newcomerStatuses = enumValues<NewcomerStatus>()(['WAITING', 'MATCHED', 'ACCOMPANIED', 'FINISHED']);
export const newcomerNeeds = enumValues<NewcomerNeed>()([
  'SCHOOL',
  'AUTHORITIES',
  'HOUSING',
  'WORK',
  'LANGUAGE_COURSE',
  'HEALTH',
  'LEISURE',
  'OTHER',
]);
export const residenceStatuses = enumValues<ResidenceStatus>()([
  'EU_FREE_MOVEMENT',
  'RESIDENCE_PERMIT',
  'TOLERATION',
  'PERMISSION_TO_STAY',
  'OTHER',
  'UNKNOWN',
]);

/** Sortable fields of `GET /newcomers` (see the contract). */
export const newcomerSortFields = ['lastName', 'firstName', 'countryOfOrigin', 'arrivalDate', 'district', 'status'] as const;
export type NewcomerSortField = (typeof newcomerSortFields)[number];
export const defaultNewcomerSort = 'lastName';

/** `Elena Popescu`: how a newcomer is named in headings and questions. */
export const newcomerFullName = (newcomer: Pick<Newcomer, 'firstName' | 'lastName'>) =>
  `${newcomer.firstName} ${newcomer.lastName}`;

/**
 * Whether the caller may see the newcomer's personal details (residence status, consent, phone,
 * e-mail). Roles without the need (e.g. volunteer coordination) get them left out by the API.
 */
export const showsPersonalDetails = (newcomer: Pick<Newcomer, 'residenceStatus'>) => newcomer.residenceStatus !== undefined;
