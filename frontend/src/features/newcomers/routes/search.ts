import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { newcomerSortFields, newcomerStatuses } from '../model';

/** `/newcomers?q=…&status=WAITING&sort=-arrivalDate` */
export const newcomerListSearchSchema = listSearchSchema(newcomerSortFields, {
  status: lenient(z.enum(newcomerStatuses)),
});

export type NewcomerListSearch = z.output<typeof newcomerListSearchSchema>;
