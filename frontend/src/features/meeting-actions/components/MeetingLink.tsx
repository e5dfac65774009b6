import { Link } from '@tanstack/react-router';
import type { MeetingActionItem } from '../model';

/** The meeting an action was agreed in, linking to the meeting's page. */
export function MeetingLink({ action }: { action: MeetingActionItem }) {
  return (
    <Link to="/network-meetings/$meetingId" params={{ meetingId: action.meetingId }} className="kern-link">
      {action.meetingTitle}
    </Link>
  );
}
