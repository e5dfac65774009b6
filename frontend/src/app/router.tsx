import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
} from '@tanstack/react-router';
import { AppShell } from '../components/layout/AppShell';
import { NotFoundPage } from '../components/layout/NotFoundPage';
import { AssociationsListPage } from '../features/associations/routes/AssociationsListPage';
import { associationListSearchSchema } from '../features/associations/routes/search';
import { BudgetLinesListPage } from '../features/budget/routes/BudgetLinesListPage';
import { budgetListSearchSchema } from '../features/budget/routes/search';
import { NetworkMeetingsListPage } from '../features/meetings/routes/NetworkMeetingsListPage';
import { meetingListSearchSchema } from '../features/meetings/routes/search';
import { NewcomersListPage } from '../features/newcomers/routes/NewcomersListPage';
import { newcomerListSearchSchema } from '../features/newcomers/routes/search';
import { OverviewPage } from '../features/overview/routes/OverviewPage';
import { ProjectDetailPage } from '../features/projects/routes/ProjectDetailPage';
import { ProjectsListPage } from '../features/projects/routes/ProjectsListPage';
import { projectListSearchSchema } from '../features/projects/routes/search';
import { sponsorListSearchSchema } from '../features/sponsors/routes/search';
import { SponsorsListPage } from '../features/sponsors/routes/SponsorsListPage';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  notFoundComponent: NotFoundPage,
});

const overviewRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: OverviewPage });

const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  validateSearch: projectListSearchSchema,
  component: ProjectsListPage,
});
const projectCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/new',
  // Forms (react-hook-form and their schemas) load only when someone opens one.
  component: lazyRouteComponent(() => import('../features/projects/routes/ProjectCreatePage'), 'ProjectCreatePage'),
});
const projectDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId',
  component: ProjectDetailPage,
});
const projectEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId/edit',
  component: lazyRouteComponent(() => import('../features/projects/routes/ProjectEditPage'), 'ProjectEditPage'),
});

const budgetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/budget-lines',
  validateSearch: budgetListSearchSchema,
  component: BudgetLinesListPage,
});
const sponsorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sponsors',
  validateSearch: sponsorListSearchSchema,
  component: SponsorsListPage,
});
const newcomersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/newcomers',
  validateSearch: newcomerListSearchSchema,
  component: NewcomersListPage,
});
const associationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/associations',
  validateSearch: associationListSearchSchema,
  component: AssociationsListPage,
});
const meetingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network-meetings',
  validateSearch: meetingListSearchSchema,
  component: NetworkMeetingsListPage,
});

export const routeTree = rootRoute.addChildren([
  overviewRoute,
  projectsRoute,
  projectCreateRoute,
  projectDetailRoute,
  projectEditRoute,
  budgetRoute,
  sponsorsRoute,
  newcomersRoute,
  associationsRoute,
  meetingsRoute,
]);

export function createAppRouter({ queryClient, history }: { queryClient: QueryClient; history?: RouterHistory }) {
  return createRouter({
    routeTree,
    context: { queryClient },
    history,
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
