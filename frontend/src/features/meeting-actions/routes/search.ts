import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { meetingActionSortFields, meetingActionStatuses } from '../model';

/** `/meeting-actions?status=OPEN&overdue=true&q=schulamt&sort=-dueDate` */
export const meetingActionListSearchSchema = listSearchSchema(meetingActionSortFields, {
  status: lenient(z.enum(meetingActionStatuses)),
  overdue: lenient(z.boolean()),
});

export type MeetingActionListSearch = z.output<typeof meetingActionListSearchSchema>;
