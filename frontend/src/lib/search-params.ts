import { defaultStringifySearch } from '@tanstack/react-router';

/**
 * The router's search serializer: a list of plain values becomes a repeated key
 * (`?projectId=a&projectId=b`, as HTML forms and the API write it) instead of a JSON array; an
 * empty list is the key without a value (`?projectId=`), so "none chosen" differs from "not
 * set". Everything else is written as TanStack Router writes it. The router's default parser
 * already reads a repeated key back as a list (and a single one as a value).
 */
export function stringifySearch(search: Record<string, unknown>): string {
  const rest: Record<string, unknown> = {};
  const lists = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
      if (value.length === 0) lists.append(key, '');
      for (const item of value) lists.append(key, String(item));
    } else {
      rest[key] = value;
    }
  }
  const base = defaultStringifySearch(rest);
  const repeated = lists.toString();
  if (!repeated) return base;
  return base ? `${base}&${repeated}` : `?${repeated}`;
}
