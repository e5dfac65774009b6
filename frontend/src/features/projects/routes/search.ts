import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { projectSortFields, projectStatuses } from '../model';

/** The projects list's state in the URL: `/projects?q=wil&status=RUNNING&sort=-startDate&page=2`. */
export const projectListSearchSchema = listSearchSchema(projectSortFields, {
  status: lenient(z.enum(projectStatuses)),
});

export type ProjectListSearch = z.output<typeof projectListSearchSchema>;
