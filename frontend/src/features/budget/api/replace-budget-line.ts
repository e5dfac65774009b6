import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { BudgetLineRequest } from '../model';
import { budgetLineKeys } from './keys';

/** `PUT /api/v1/budget-lines/{id}`; the body's `version` is the one the change is based on (stale: 409). */
export function replaceBudgetLine({ id, body }: { id: string; body: BudgetLineRequest }) {
  return unwrap(api.PUT('/api/v1/budget-lines/{id}', { params: { path: { id } }, body }));
}

export function useReplaceBudgetLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceBudgetLine,
    onSuccess: (line) => {
      queryClient.setQueryData(budgetLineKeys.detail(line.id), line);
      // Lists and anything else computed from the lines (totals) are out of date now.
      return queryClient.invalidateQueries({ queryKey: budgetLineKeys.all });
    },
  });
}
