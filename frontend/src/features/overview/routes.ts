import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { OverviewPage } from './routes/OverviewPage';

const overviewRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: OverviewPage });

export const overviewRoutes = [overviewRoute] as const;
