import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { budgetCategories, budgetKinds, budgetSortFields } from '../model';

/** `/budget-lines?projectId=…&kind=FUNDING&category=STATE_GRANT&fiscalYear=2026&sort=-plannedAmount` */
export const budgetListSearchSchema = listSearchSchema(budgetSortFields, {
  projectId: lenient(z.guid()),
  kind: lenient(z.enum(budgetKinds)),
  category: lenient(z.enum(budgetCategories)),
  fiscalYear: lenient(z.int().min(1900).max(2999)),
});

export type BudgetListSearch = z.output<typeof budgetListSearchSchema>;
