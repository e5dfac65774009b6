import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { meetingFormats, meetingSortFields } from '../model';

/** `/network-meetings?q=…&format=FIRESIDE_TALK&sort=startsAt` */
export const meetingListSearchSchema = listSearchSchema(meetingSortFields, {
  format: lenient(z.enum(meetingFormats)),
});

export type MeetingListSearch = z.output<typeof meetingListSearchSchema>;
