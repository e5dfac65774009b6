import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { projectKeys } from './keys';

/** `DELETE /api/v1/projects/{projectId}/milestones/{id}` */
export function deleteMilestone(projectId: string, id: string) {
  return unwrap(api.DELETE('/api/v1/projects/{projectId}/milestones/{id}', { params: { path: { projectId, id } } }));
}

export function useDeleteMilestone(projectId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteMilestone(projectId, id),
    // Not awaited: the caller's own success handling runs before the list drops the deleted milestone.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: projectKeys.milestones(projectId) });
    },
  });
}
