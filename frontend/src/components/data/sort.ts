/** One sort field in the API's notation: `name` ascending, `-name` descending. */
export interface SortState<F extends string> {
  field: F;
  descending: boolean;
}

export function parseSort<F extends string>(sort: string | undefined): SortState<F> | undefined {
  if (!sort) return undefined;
  const first = sort.split(',')[0]!;
  return first.startsWith('-') ? { field: first.slice(1) as F, descending: true } : { field: first as F, descending: false };
}

export function formatSort<F extends string>(state: SortState<F>): string {
  return state.descending ? `-${state.field}` : state.field;
}

/** Clicking a column: first ascending, then descending, then ascending again. */
export function toggleSort<F extends string>(current: SortState<F> | undefined, field: F): string {
  const descending = current?.field === field && !current.descending;
  return formatSort({ field, descending });
}
