import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ProjectRequest } from '../model';
import { projectKeys } from './keys';

/** `PUT /api/v1/projects/{id}`; the body's `version` is the one the change is based on (stale: 409). */
export function replaceProject({ id, body }: { id: string; body: ProjectRequest }) {
  return unwrap(api.PUT('/api/v1/projects/{id}', { params: { path: { id } }, body }));
}

export function useReplaceProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceProject,
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.detail(project.id), project);
      return queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
    },
  });
}
