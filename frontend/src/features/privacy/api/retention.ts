import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

/** `POST /api/v1/retention-runs`: anonymises everyone whose retention period has passed; answers the counts only. */
export function useRunRetention() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/retention-runs')) });
}
