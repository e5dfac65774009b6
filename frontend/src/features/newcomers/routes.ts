import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { NewcomersListPage } from './routes/NewcomersListPage';
import { newcomerListSearchSchema } from './routes/search';

const newcomersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/newcomers',
  staticData: { operation: 'listNewcomers' },
  validateSearch: newcomerListSearchSchema,
  component: NewcomersListPage,
});
const newcomerCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/newcomers/new',
  staticData: { operation: 'createNewcomer' },
  // Forms (react-hook-form and their schemas) load only when someone opens one.
  component: lazyRouteComponent(() => import('./routes/NewcomerCreatePage'), 'NewcomerCreatePage'),
});
const newcomerDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/newcomers/$newcomerId',
  staticData: { operation: 'getNewcomer' },
  component: lazyRouteComponent(() => import('./routes/NewcomerDetailPage'), 'NewcomerDetailPage'),
});
const newcomerEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/newcomers/$newcomerId/edit',
  staticData: { operation: 'patchNewcomer' },
  component: lazyRouteComponent(() => import('./routes/NewcomerEditPage'), 'NewcomerEditPage'),
});

export const newcomerRoutes = [newcomersRoute, newcomerCreateRoute, newcomerDetailRoute, newcomerEditRoute] as const;
