import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { meetingFormats, meetingSortFields } from '../model';

/** `/network-meetings?q=…&format=FIRESIDE_TALK&from=2026-11-23&sort=startsAt` */
export const meetingListSearchSchema = listSearchSchema(meetingSortFields, {
  format: lenient(z.enum(meetingFormats)),
  // Meetings starting on or after / on or before these days (the start page links to `from=<today>`).
  from: lenient(z.iso.date()),
  to: lenient(z.iso.date()),
});

export type MeetingListSearch = z.output<typeof meetingListSearchSchema>;
