import type { Schemas } from '../../api/client';
import { enumValues } from '../../api/enums';

export type BudgetLine = Schemas['BudgetLine'];
export type BudgetKind = Schemas['BudgetKind'];
export type BudgetCategory = Schemas['BudgetCategory'];

export const budgetKinds = enumValues<BudgetKind>()(['COST', 'FUNDING']);
export const budgetCategories = enumValues<BudgetCategory>()([
  'PERSONNEL',
  'MATERIAL',
  'RENT',
  'EVENTS',
  'TRAINING',
  'STATE_GRANT',
  'FOUNDATION',
  'CITY_BUDGET',
  'OTHER',
]);

/** Sortable fields of `GET /budget-lines` (see the contract); the API's default order comes first. */
export const budgetSortFields = ['fiscalYear', 'kind', 'category', 'description', 'plannedAmount', 'actualAmount'] as const;
export type BudgetSortField = (typeof budgetSortFields)[number];
export const defaultBudgetSort = 'fiscalYear,kind,category';
