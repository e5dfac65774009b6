import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { budgetLineKeys } from './keys';

/** `DELETE /api/v1/budget-lines/{id}`; a 409 would say what still refers to the line. */
export function deleteBudgetLine(id: string) {
  return unwrap(api.DELETE('/api/v1/budget-lines/{id}', { params: { path: { id } } }));
}

export function useDeleteBudgetLine(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteBudgetLine(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: budgetLineKeys.detail(id) });
      // Lists and anything else computed from the lines (totals) are out of date now.
      return queryClient.invalidateQueries({ queryKey: budgetLineKeys.all });
    },
  });
}
