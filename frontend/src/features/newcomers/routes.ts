import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { NewcomersListPage } from './routes/NewcomersListPage';
import { newcomerListSearchSchema } from './routes/search';

const newcomersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/newcomers',
  validateSearch: newcomerListSearchSchema,
  component: NewcomersListPage,
});

export const newcomerRoutes = [newcomersRoute] as const;
