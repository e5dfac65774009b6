import type { Schemas } from '../../api/client';

export type BudgetSummary = Schemas['BudgetSummary'];
export type ProjectBudgetSummary = Schemas['ProjectBudgetSummary'];
export type FiscalYearBudgetSummary = Schemas['FiscalYearBudgetSummary'];
export type CategoryBudgetSummary = Schemas['CategoryBudgetSummary'];
export type Project = Schemas['Project'];

/** The money figures the API gives for the total, each project and each fiscal year. */
export type Figures = Pick<
  BudgetSummary,
  'plannedCost' | 'actualCost' | 'plannedFunding' | 'actualFunding' | 'remainingCost' | 'actualRemainingCost' | 'fundingRate'
>;

/** The bars of the project and fiscal-year charts: planned vs actual, cost vs funding. */
export const chartFigures = ['plannedCost', 'actualCost', 'plannedFunding', 'actualFunding'] as const;
/** The columns of their tables: the chart's figures, then the city's share and the funding rate. */
export const tableFigures = [...chartFigures, 'remainingCost', 'fundingRate'] as const;
export type TableFigure = (typeof tableFigures)[number];

/** One row of a figures table and one group of bars of its chart. */
export interface FigureRow {
  key: string;
  label: string;
  figures: Figures;
}

/** Running projects are the page's default choice. */
export function runningProjectIds(projects: readonly Project[]): string[] {
  return projects.filter((project) => project.status === 'RUNNING').map((project) => project.id);
}

/**
 * An amount string (`"105000.00"`) as a number, only for drawing a bar: the figures people read
 * (table, tooltips) are formatted from the string itself.
 */
export function toChartValue(amount: string): number {
  return Number(amount);
}
