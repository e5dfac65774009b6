import { z } from 'zod';
import { lenient } from '../../../components/data/listSearch';

/** One id or several: the URL repeats the key (`?projectId=a&projectId=b`); `?projectId=` is an empty choice. */
const projectIds = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).map((id) => id.trim()).filter((id) => id !== ''))
  .pipe(z.array(z.guid()));

/**
 * `/budget?projectId=…&projectId=…&fiscalYear=2016`. Without projectId the running projects are
 * summed; without fiscalYear all years.
 */
export const budgetSummarySearchSchema = z.object({
  projectId: lenient(projectIds),
  fiscalYear: lenient(z.int().min(2000).max(2100)),
});

export type BudgetSummarySearch = z.output<typeof budgetSummarySearchSchema>;
