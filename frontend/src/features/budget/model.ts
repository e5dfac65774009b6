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

export type BudgetLineRequest = Schemas['BudgetLineRequest'];

/**
 * The categories a line of each kind may have (the contract's rule, also a CHECK in the database):
 * cost lines are personnel, material, rent, events or trainings; funding lines a state grant,
 * a foundation or the city's own budget; OTHER fits both.
 */
export const categoriesByKind: Record<BudgetKind, readonly BudgetCategory[]> = {
  COST: ['PERSONNEL', 'MATERIAL', 'RENT', 'EVENTS', 'TRAINING', 'OTHER'],
  FUNDING: ['STATE_GRANT', 'FOUNDATION', 'CITY_BUDGET', 'OTHER'],
};

export function categoryFits(category: BudgetCategory, kind: BudgetKind): boolean {
  return categoriesByKind[kind].includes(category);
}
