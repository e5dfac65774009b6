import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { projectKeys } from './keys';

/** `DELETE /api/v1/projects/{id}`; a 409 names what still refers to the project. */
export function deleteProject(id: string) {
  return unwrap(api.DELETE('/api/v1/projects/{id}', { params: { path: { id } } }));
}

export function useDeleteProject(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteProject(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: projectKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
    },
  });
}
