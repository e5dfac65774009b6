import { z } from 'zod';
import { defaultPageSize, pageSizes } from './Pagination';

/** An optional search parameter whose invalid values fall back to "not set" instead of breaking the page. */
export function lenient<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/**
 * The URL state every list shares (`?q=…&sort=-startDate&page=2&size=50`) plus the list's own
 * filters. `page` is one-based, as people read it; the API's is zero-based.
 */
export function listSearchSchema<const Shape extends z.ZodRawShape>(sortFields: readonly string[], filters: Shape) {
  const sortPattern = new RegExp(`^-?(${sortFields.join('|')})$`);
  return z.object({
    // The router reads `?q=2015` as a number; a search term is text.
    q: lenient(z.union([z.string(), z.number().transform(String)])),
    sort: lenient(z.string().regex(sortPattern)),
    page: lenient(z.int().min(1)),
    size: lenient(z.number().refine((value) => (pageSizes as readonly number[]).includes(value))),
    ...filters,
  });
}

export interface ListSearch {
  q?: string;
  sort?: string;
  page?: number;
  size?: number;
}

/** The API's paging parameters for the URL's state. */
export function pageParams(search: ListSearch, defaultSort: string) {
  return {
    q: search.q,
    sort: search.sort ?? defaultSort,
    page: (search.page ?? 1) - 1,
    size: search.size ?? defaultPageSize,
  };
}

/**
 * What a list page does to its URL: new filters or a new order start again at page 1; defaults
 * are left out so URLs stay short.
 */
export function listNavigation<S extends ListSearch>(navigate: (update: (previous: S) => S) => void) {
  return {
    filter: (values: Partial<S>) => navigate((previous) => ({ ...previous, ...values, page: undefined })),
    sort: (sort: string) => navigate((previous) => ({ ...previous, sort, page: undefined })),
    page: (page: number) => navigate((previous) => ({ ...previous, page: page === 1 ? undefined : page })),
    size: (size: number) =>
      navigate((previous) => ({ ...previous, size: size === defaultPageSize ? undefined : size, page: undefined })),
  };
}
