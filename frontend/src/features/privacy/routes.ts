import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { auditSearchSchema } from './routes/search';

// Every page loads when opened: the data protection area is not part of the first visit's bundle.
const privacyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/privacy',
  staticData: { operation: 'listAuditEvents' },
  component: lazyRouteComponent(() => import('./routes/PrivacyStartPage'), 'PrivacyStartPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/privacy/audit',
  staticData: { operation: 'listAuditEvents' },
  validateSearch: auditSearchSchema,
  component: lazyRouteComponent(() => import('./routes/AuditTrailPage'), 'AuditTrailPage'),
});
const newcomerPrivacyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/privacy/newcomers/$newcomerId',
  staticData: { operation: 'listNewcomerConsents' },
  component: lazyRouteComponent(() => import('./routes/PersonPrivacyPage'), 'NewcomerPrivacyPage'),
});
const sponsorPrivacyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/privacy/sponsors/$sponsorId',
  staticData: { operation: 'listSponsorConsents' },
  component: lazyRouteComponent(() => import('./routes/PersonPrivacyPage'), 'SponsorPrivacyPage'),
});

export const privacyRoutes = [privacyRoute, auditRoute, newcomerPrivacyRoute, sponsorPrivacyRoute] as const;
