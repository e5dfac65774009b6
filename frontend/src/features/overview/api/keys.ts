/**
 * Query keys of the start page. Each count sits below its resource's root key (`projects`,
 * `sponsors` …), so when a feature invalidates its records after a change, the count is refreshed too.
 */
export const overviewKeys = {
  count: (resource: string, filter: Record<string, unknown>) => [resource, 'count', filter] as const,
  runningProjectIds: () => ['projects', 'running-ids'] as const,
  budget: (projectIds: readonly string[]) => ['budget-lines', 'summary', [...projectIds].sort(), 'all'] as const,
};
