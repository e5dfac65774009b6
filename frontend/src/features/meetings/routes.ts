import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { NetworkMeetingsListPage } from './routes/NetworkMeetingsListPage';
import { meetingListSearchSchema } from './routes/search';

const meetingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network-meetings',
  validateSearch: meetingListSearchSchema,
  component: NetworkMeetingsListPage,
});

export const meetingRoutes = [meetingsRoute] as const;
