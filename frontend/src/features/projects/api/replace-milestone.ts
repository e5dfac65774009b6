import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../../api/client';
import { projectKeys } from './keys';

type MilestoneRequest = Schemas['MilestoneRequest'];

/** `PUT /api/v1/projects/{projectId}/milestones/{id}`; a stale `version` is a 409 and changes nothing. */
export function replaceMilestone({ projectId, id, body }: { projectId: string; id: string; body: MilestoneRequest }) {
  return unwrap(api.PUT('/api/v1/projects/{projectId}/milestones/{id}', { params: { path: { projectId, id } }, body }));
}

export function useReplaceMilestone(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MilestoneRequest }) => replaceMilestone({ projectId, id, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.milestones(projectId) }),
  });
}
