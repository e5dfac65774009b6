import { describe, expect, it } from 'vitest';
import { de, en } from './resources';

function entries(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null ? entries(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

describe('translations', () => {
  it('englishHasExactlyTheGermanKeys', () => {
    const keys = (tree: object) =>
      entries(tree)
        .map(([key]) => key)
        .sort();
    expect(keys(en)).toEqual(keys(de));
  });

  it('everyTranslationIsNonEmptyText', () => {
    const bad = [...entries(de), ...entries(en)].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad).toEqual([]);
  });
});
