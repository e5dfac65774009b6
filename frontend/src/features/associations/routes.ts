import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { AssociationsListPage } from './routes/AssociationsListPage';
import { associationListSearchSchema } from './routes/search';

const associationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/associations',
  staticData: { operation: 'listAssociations' },
  validateSearch: associationListSearchSchema,
  component: AssociationsListPage,
});
const associationCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/associations/new',
  staticData: { operation: 'createAssociation' },
  // Forms (react-hook-form and their schemas) load only when someone opens one.
  component: lazyRouteComponent(() => import('./routes/AssociationCreatePage'), 'AssociationCreatePage'),
});
const associationDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/associations/$associationId',
  staticData: { operation: 'getAssociation' },
  component: lazyRouteComponent(() => import('./routes/AssociationDetailPage'), 'AssociationDetailPage'),
});
const associationEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/associations/$associationId/edit',
  staticData: { operation: 'replaceAssociation' },
  component: lazyRouteComponent(() => import('./routes/AssociationEditPage'), 'AssociationEditPage'),
});

export const associationRoutes = [
  associationsRoute,
  associationCreateRoute,
  associationDetailRoute,
  associationEditRoute,
] as const;
