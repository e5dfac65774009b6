import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { associationFields, associationKinds, associationSortFields } from '../model';

/** `/associations?q=…&kind=CLUB&field=SPORT&active=true` */
export const associationListSearchSchema = listSearchSchema(associationSortFields, {
  kind: lenient(z.enum(associationKinds)),
  field: lenient(z.enum(associationFields)),
  active: lenient(z.boolean()),
});

export type AssociationListSearch = z.output<typeof associationListSearchSchema>;
