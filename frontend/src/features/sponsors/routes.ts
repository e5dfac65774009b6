import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { SponsorsListPage } from './routes/SponsorsListPage';
import { sponsorListSearchSchema } from './routes/search';

const sponsorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sponsors',
  validateSearch: sponsorListSearchSchema,
  component: SponsorsListPage,
});
const sponsorCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sponsors/new',
  // Forms (react-hook-form and their schemas) load only when someone opens one.
  component: lazyRouteComponent(() => import('./routes/SponsorCreatePage'), 'SponsorCreatePage'),
});
const sponsorDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sponsors/$sponsorId',
  component: lazyRouteComponent(() => import('./routes/SponsorDetailPage'), 'SponsorDetailPage'),
});
const sponsorEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sponsors/$sponsorId/edit',
  component: lazyRouteComponent(() => import('./routes/SponsorEditPage'), 'SponsorEditPage'),
});

export const sponsorRoutes = [sponsorsRoute, sponsorCreateRoute, sponsorDetailRoute, sponsorEditRoute] as const;
