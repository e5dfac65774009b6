/** A JSON Merge Patch (RFC 7396) of `T`: the fields to change; `null` removes one. */
export type MergePatch<T> = { [K in keyof T]?: T[K] | null };

/**
 * The merge patch that turns request body `before` into `after`: only the fields that differ, so
 * a field the user never saw (left out of both) is never sent and stays as stored.
 */
export function mergePatch<T extends object>(before: T, after: T): MergePatch<T> {
  const patch: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof T & string>;
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key] ?? null;
  }
  return patch as MergePatch<T>;
}
