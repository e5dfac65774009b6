import type { Schemas } from '../../api/client';
import { wil } from '../../test/fixtures';

type BudgetLine = Schemas['BudgetLine'];

/** The state grant for WiL in 2015 (council report 167/15), with an actual amount that has cents. */
export function stateGrant(overrides: Partial<BudgetLine> = {}): BudgetLine {
  return {
    id: '01933b5e-a04a-7c3d-9a1b-2c3d4e5f6a7b',
    version: 1,
    createdAt: '2026-03-01T09:30:00Z',
    updatedAt: '2026-03-01T09:30:00Z',
    projectId: wil().id,
    fiscalYear: 2015,
    kind: 'FUNDING',
    category: 'STATE_GRANT',
    description: 'Zuschuss VwV Integration',
    plannedAmount: '63000.00',
    actualAmount: '12345.67',
    costCentre: '17405010',
    budgetItem: '1.4390.6790.000',
    funder: 'Land Baden-Württemberg',
    ...overrides,
  };
}
