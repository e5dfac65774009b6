import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { sponsorSortFields, sponsorStatuses } from '../model';

/** `/sponsors?q=…&status=ACTIVE&trained=true&sort=district` */
export const sponsorListSearchSchema = listSearchSchema(sponsorSortFields, {
  status: lenient(z.enum(sponsorStatuses)),
  trained: lenient(z.boolean()),
});

export type SponsorListSearch = z.output<typeof sponsorListSearchSchema>;
