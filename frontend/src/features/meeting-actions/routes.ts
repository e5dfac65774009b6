import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { MeetingActionsListPage } from './routes/MeetingActionsListPage';
import { meetingActionListSearchSchema } from './routes/search';

const meetingActionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meeting-actions',
  staticData: { operation: 'listMeetingActionsAcrossMeetings' },
  validateSearch: meetingActionListSearchSchema,
  component: MeetingActionsListPage,
});

export const meetingActionRoutes = [meetingActionsRoute] as const;
