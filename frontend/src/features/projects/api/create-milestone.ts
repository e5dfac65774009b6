import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../../api/client';
import { projectKeys } from './keys';

type MilestoneRequest = Schemas['MilestoneRequest'];

/** `POST /api/v1/projects/{projectId}/milestones` */
export function createMilestone({ projectId, body }: { projectId: string; body: MilestoneRequest }) {
  return unwrap(api.POST('/api/v1/projects/{projectId}/milestones', { params: { path: { projectId } }, body }));
}

export function useCreateMilestone(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MilestoneRequest) => createMilestone({ projectId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.milestones(projectId) }),
  });
}
