import type { Schemas } from '../../api/client';
import { enumValues } from '../../api/enums';

export type Association = Schemas['Association'];
export type AssociationRequest = Schemas['AssociationRequest'];
export type AssociationKind = Schemas['AssociationKind'];
export type AssociationField = Schemas['AssociationField'];

export const associationKinds = enumValues<AssociationKind>()([
  'MIGRANT_ORGANISATION',
  'CLUB',
  'INITIATIVE',
  'RELIGIOUS_COMMUNITY',
  'WELFARE_ORGANISATION',
  'SCHOOL',
  'EMPLOYER',
  'CHAMBER',
  'OTHER',
]);
export const associationFields = enumValues<AssociationField>()([
  'LEISURE',
  'CULTURE',
  'SPORT',
  'EDUCATION',
  'RELIGION',
  'SOCIAL',
  'OTHER',
]);

/** Sortable fields of `GET /associations` (see the contract). */
export const associationSortFields = ['name', 'kind', 'district', 'memberCount'] as const;
export type AssociationSortField = (typeof associationSortFields)[number];
export const defaultAssociationSort = 'name';
