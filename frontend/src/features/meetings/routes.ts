import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { NetworkMeetingsListPage } from './routes/NetworkMeetingsListPage';
import { meetingListSearchSchema } from './routes/search';

const meetingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network-meetings',
  validateSearch: meetingListSearchSchema,
  component: NetworkMeetingsListPage,
});
const meetingCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network-meetings/new',
  // Forms (react-hook-form and their schemas) load only when someone opens one.
  component: lazyRouteComponent(() => import('./routes/MeetingCreatePage'), 'MeetingCreatePage'),
});
const meetingDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network-meetings/$meetingId',
  component: lazyRouteComponent(() => import('./routes/MeetingDetailPage'), 'MeetingDetailPage'),
});
const meetingEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network-meetings/$meetingId/edit',
  component: lazyRouteComponent(() => import('./routes/MeetingEditPage'), 'MeetingEditPage'),
});

export const meetingRoutes = [meetingsRoute, meetingCreateRoute, meetingDetailRoute, meetingEditRoute] as const;
