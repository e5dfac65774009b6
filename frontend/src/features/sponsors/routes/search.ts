import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { sponsorSortFields, sponsorStatuses } from '../model';

/** `/sponsors?q=…&status=ACTIVE&trained=true&language=uk&district=Oststadt&sort=district` */
export const sponsorListSearchSchema = listSearchSchema(sponsorSortFields, {
  status: lenient(z.enum(sponsorStatuses)),
  trained: lenient(z.boolean()),
  language: lenient(z.string().regex(/^[a-z]{2,3}$/)),
  district: lenient(z.union([z.string(), z.number().transform(String)])),
  projectId: lenient(z.guid()),
});

export type SponsorListSearch = z.output<typeof sponsorListSearchSchema>;
