import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { NewcomersListPage } from './routes/NewcomersListPage';
import { newcomerListSearchSchema } from './routes/search';

const newcomersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/newcomers',
  validateSearch: newcomerListSearchSchema,
  component: NewcomersListPage,
});
const newcomerCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/newcomers/new',
  // Forms (react-hook-form and their schemas) load only when someone opens one.
  component: lazyRouteComponent(() => import('./routes/NewcomerCreatePage'), 'NewcomerCreatePage'),
});
const newcomerDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/newcomers/$newcomerId',
  component: lazyRouteComponent(() => import('./routes/NewcomerDetailPage'), 'NewcomerDetailPage'),
});
const newcomerEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/newcomers/$newcomerId/edit',
  component: lazyRouteComponent(() => import('./routes/NewcomerEditPage'), 'NewcomerEditPage'),
});

export const newcomerRoutes = [newcomersRoute, newcomerCreateRoute, newcomerDetailRoute, newcomerEditRoute] as const;
