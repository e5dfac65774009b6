import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { BudgetLineRequest } from '../model';
import { budgetLineKeys } from './keys';

/** `POST /api/v1/budget-lines`; amounts go as strings (`"63000.00"`), never as numbers. */
export function createBudgetLine(body: BudgetLineRequest) {
  return unwrap(api.POST('/api/v1/budget-lines', { body }));
}

export function useCreateBudgetLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBudgetLine,
    onSuccess: (line) => {
      queryClient.setQueryData(budgetLineKeys.detail(line.id), line);
      // Lists and anything else computed from the lines (totals) are out of date now.
      return queryClient.invalidateQueries({ queryKey: budgetLineKeys.all });
    },
  });
}
