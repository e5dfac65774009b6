import type { Schemas } from '../../api/client';
import { enumValues } from '../../api/enums';

export type Newcomer = Schemas['Newcomer'];
export type NewcomerStatus = Schemas['NewcomerStatus'];

export const newcomerStatuses = enumValues<NewcomerStatus>()(['WAITING', 'MATCHED', 'ACCOMPANIED', 'FINISHED']);

/** Sortable fields of `GET /newcomers` (see the contract). */
export const newcomerSortFields = ['lastName', 'firstName', 'countryOfOrigin', 'arrivalDate', 'district', 'status'] as const;
export type NewcomerSortField = (typeof newcomerSortFields)[number];
export const defaultNewcomerSort = 'lastName';
