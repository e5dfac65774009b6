import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { SponsorsListPage } from './routes/SponsorsListPage';
import { sponsorListSearchSchema } from './routes/search';

const sponsorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sponsors',
  staticData: { operation: 'listSponsors' },
  validateSearch: sponsorListSearchSchema,
  component: SponsorsListPage,
});
const sponsorCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sponsors/new',
  staticData: { operation: 'createSponsor' },
  // Forms (react-hook-form and their schemas) load only when someone opens one.
  component: lazyRouteComponent(() => import('./routes/SponsorCreatePage'), 'SponsorCreatePage'),
});
const sponsorDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sponsors/$sponsorId',
  staticData: { operation: 'getSponsor' },
  component: lazyRouteComponent(() => import('./routes/SponsorDetailPage'), 'SponsorDetailPage'),
});
const sponsorEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sponsors/$sponsorId/edit',
  staticData: { operation: 'replaceSponsor' },
  component: lazyRouteComponent(() => import('./routes/SponsorEditPage'), 'SponsorEditPage'),
});

export const sponsorRoutes = [sponsorsRoute, sponsorCreateRoute, sponsorDetailRoute, sponsorEditRoute] as const;
