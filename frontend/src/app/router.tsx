import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { associationRoutes } from '../features/associations/routes';
import { budgetRoutes } from '../features/budget/routes';
import { budgetSummaryRoutes } from '../features/budget-summary/routes';
import { meetingActionRoutes } from '../features/meeting-actions/routes';
import { meetingRoutes } from '../features/meetings/routes';
import { newcomerRoutes } from '../features/newcomers/routes';
import { overviewRoutes } from '../features/overview/routes';
import { privacyRoutes } from '../features/privacy/routes';
import { projectRoutes } from '../features/projects/routes';
import { sponsorRoutes } from '../features/sponsors/routes';
import { stringifySearch } from '../lib/search-params';
import { rootRoute } from './root-route';

export type { RouterContext } from './root-route';

export const routeTree = rootRoute.addChildren([
  ...overviewRoutes,
  ...projectRoutes,
  ...budgetRoutes,
  ...budgetSummaryRoutes,
  ...sponsorRoutes,
  ...newcomerRoutes,
  ...associationRoutes,
  ...meetingRoutes,
  ...meetingActionRoutes,
  ...privacyRoutes,
]);

export function createAppRouter({ queryClient, history }: { queryClient: QueryClient; history?: RouterHistory }) {
  return createRouter({
    routeTree,
    context: { queryClient },
    history,
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    stringifySearch,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
