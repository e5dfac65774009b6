import { z } from 'zod';
import { lenient, listSearchSchema } from '../../../components/data/listSearch';
import { auditSortFields } from '../model';

/** `/privacy/audit?actor=staff&resourceType=newcomer&from=2026-03-01&to=2026-03-31&sort=-occurredAt&page=2` */
export const auditSearchSchema = listSearchSchema(auditSortFields, {
  // The router reads `?actor=42` as a number; an account name is text.
  actor: lenient(z.union([z.string(), z.number().transform(String)])),
  resourceType: lenient(z.string().regex(/^[a-z]+(-[a-z]+)*$/)),
  resourceId: lenient(z.guid()),
  from: lenient(z.iso.date()),
  to: lenient(z.iso.date()),
});

export type AuditSearch = z.output<typeof auditSearchSchema>;
export type AuditFilterValues = Pick<AuditSearch, 'actor' | 'resourceType' | 'resourceId' | 'from' | 'to'>;
