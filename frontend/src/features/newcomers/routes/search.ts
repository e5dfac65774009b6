import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { newcomerNeeds, newcomerSortFields, newcomerStatuses, residenceStatuses } from '../model';

/** `/newcomers?q=…&status=WAITING&language=ti&arrivedFrom=2026-01-01&sort=-arrivalDate` */
export const newcomerListSearchSchema = listSearchSchema(newcomerSortFields, {
  status: lenient(z.enum(newcomerStatuses)),
  language: lenient(z.string().regex(/^[a-z]{2,3}$/)),
  district: lenient(z.union([z.string(), z.number().transform(String)])),
  residenceStatus: lenient(z.enum(residenceStatuses)),
  need: lenient(z.enum(newcomerNeeds)),
  countryOfOrigin: lenient(z.string().regex(/^[A-Z]{2}$/)),
  projectId: lenient(z.guid()),
  arrivedFrom: lenient(z.iso.date()),
  arrivedTo: lenient(z.iso.date()),
});

export type NewcomerListSearch = z.output<typeof newcomerListSearchSchema>;
