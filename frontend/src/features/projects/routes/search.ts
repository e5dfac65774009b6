import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { actionFields, projectSortFields, projectStatuses } from '../model';

/** The projects list's state in the URL: `/projects?q=wil&status=RUNNING&sort=-startDate&page=2`. */
export const projectListSearchSchema = listSearchSchema(projectSortFields, {
  status: lenient(z.enum(projectStatuses)),
  actionField: lenient(z.enum(actionFields)),
  funder: lenient(z.union([z.string(), z.number().transform(String)])),
  // Projects running on this day.
  activeOn: lenient(z.iso.date()),
});

export type ProjectListSearch = z.output<typeof projectListSearchSchema>;
