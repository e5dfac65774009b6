import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { SponsorsListPage } from './routes/SponsorsListPage';
import { sponsorListSearchSchema } from './routes/search';

const sponsorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sponsors',
  validateSearch: sponsorListSearchSchema,
  component: SponsorsListPage,
});

export const sponsorRoutes = [sponsorsRoute] as const;
