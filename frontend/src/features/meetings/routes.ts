import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { NetworkMeetingsListPage } from './routes/NetworkMeetingsListPage';
import { meetingListSearchSchema } from './routes/search';

const meetingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network-meetings',
  staticData: { operation: 'listNetworkMeetings' },
  validateSearch: meetingListSearchSchema,
  component: NetworkMeetingsListPage,
});
const meetingCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network-meetings/new',
  staticData: { operation: 'createNetworkMeeting' },
  // Forms (react-hook-form and their schemas) load only when someone opens one.
  component: lazyRouteComponent(() => import('./routes/MeetingCreatePage'), 'MeetingCreatePage'),
});
const meetingDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network-meetings/$meetingId',
  staticData: { operation: 'getNetworkMeeting' },
  component: lazyRouteComponent(() => import('./routes/MeetingDetailPage'), 'MeetingDetailPage'),
});
const meetingEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network-meetings/$meetingId/edit',
  staticData: { operation: 'replaceNetworkMeeting' },
  component: lazyRouteComponent(() => import('./routes/MeetingEditPage'), 'MeetingEditPage'),
});

export const meetingRoutes = [meetingsRoute, meetingCreateRoute, meetingDetailRoute, meetingEditRoute] as const;
