import type { Schemas } from '../../api/client';
import { lafi, wil } from '../../test/fixtures';

export const WIL_ID = '01900000-0001-7000-8000-000000000001';
export const LAFI_ID = '01900000-0001-7000-8000-000000000002';
export const CONNECT_ID = '01900000-0001-7000-8000-000000000004';
export const MIZ_ID = '01900000-0001-7000-8000-000000000006';

/** The demo projects as the API lists them by code: WiL and LAfI completed, Connect and MIZ running. */
export function demoProjects(): Schemas['Project'][] {
  return [
    wil({ id: CONNECT_ID, code: 'CONNECT', name: 'Connect', status: 'RUNNING' }),
    lafi({ id: LAFI_ID, status: 'COMPLETED' }),
    wil({ id: MIZ_ID, code: 'MIZ', name: 'Migrationszentrum Schlossstraße 9', status: 'RUNNING' }),
    wil({ id: WIL_ID, status: 'COMPLETED' }),
  ];
}

/** The summary of WiL + LAfI as the demo API returns it: the figures of council report 167/15. */
export function wilAndLafiSummary(): Schemas['BudgetSummary'] {
  return {
    projectIds: [WIL_ID, LAFI_ID],
    plannedCost: '200400.00',
    actualCost: '172900.00',
    plannedFunding: '120240.00',
    actualFunding: '110220.00',
    remainingCost: '80160.00',
    actualRemainingCost: '62680.00',
    fundingRate: '60.00',
    byProject: [
      {
        projectId: LAFI_ID,
        code: 'LAFI',
        name: 'Ludwigsburger Akteure für Integration',
        plannedCost: '95400.00',
        actualCost: '85400.00',
        plannedFunding: '57240.00',
        actualFunding: '52470.00',
        remainingCost: '38160.00',
        actualRemainingCost: '32930.00',
        fundingRate: '60.00',
      },
      {
        projectId: WIL_ID,
        code: 'WIL',
        name: 'Willkommen in Ludwigsburg',
        plannedCost: '105000.00',
        actualCost: '87500.00',
        plannedFunding: '63000.00',
        actualFunding: '57750.00',
        remainingCost: '42000.00',
        actualRemainingCost: '29750.00',
        fundingRate: '60.00',
      },
    ],
    byFiscalYear: [
      year(2015, '45500.00', '45500.00', '30060.00', '30060.00', '15440.00', '15440.00', '66.07'),
      year(2016, '63400.00', '63400.00', '40080.00', '40080.00', '23320.00', '23320.00', '63.22'),
      year(2017, '64000.00', '64000.00', '40080.00', '40080.00', '23920.00', '23920.00', '62.63'),
      year(2018, '27500.00', '0.00', '10020.00', '0.00', '17480.00', '0.00', '36.44'),
    ],
    byCategory: [
      { kind: 'COST', category: 'PERSONNEL', planned: '150000.00', actual: '130000.00' },
      { kind: 'COST', category: 'EVENTS', planned: '50400.00', actual: '42900.00' },
      { kind: 'FUNDING', category: 'STATE_GRANT', planned: '120240.00', actual: '110220.00' },
    ],
  };
}

function year(
  fiscalYear: number,
  plannedCost: string,
  actualCost: string,
  plannedFunding: string,
  actualFunding: string,
  remainingCost: string,
  actualRemainingCost: string,
  fundingRate: string,
): Schemas['FiscalYearBudgetSummary'] {
  return {
    fiscalYear,
    plannedCost,
    actualCost,
    plannedFunding,
    actualFunding,
    remainingCost,
    actualRemainingCost,
    fundingRate,
  };
}
