import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { AssociationsListPage } from './routes/AssociationsListPage';
import { associationListSearchSchema } from './routes/search';

const associationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/associations',
  validateSearch: associationListSearchSchema,
  component: AssociationsListPage,
});

export const associationRoutes = [associationsRoute] as const;
