import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { associationFields, associationKinds, associationSortFields } from '../model';

/** `/associations?q=…&kind=CLUB&field=SPORT&active=true` */
export const associationListSearchSchema = listSearchSchema(associationSortFields, {
  kind: lenient(z.enum(associationKinds)),
  field: lenient(z.enum(associationFields)),
  active: lenient(z.boolean()),
  language: lenient(z.string().regex(/^[a-z]{2,3}$/)),
  district: lenient(z.union([z.string(), z.number().transform(String)])),
});

export type AssociationListSearch = z.output<typeof associationListSearchSchema>;
