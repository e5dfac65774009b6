import type { ReactNode } from 'react';
import { type OperationId, useCan } from '../me';

/** Shows its children only to users who may call the operation (the API still decides). */
export function Allowed({ operation, children }: { operation: OperationId; children: ReactNode }) {
  const can = useCan();
  return can(operation) ? <>{children}</> : null;
}
