import { defaultParseSearch } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { stringifySearch } from './search-params';

describe('stringifySearch', () => {
  it('writesListsAsRepeatedKeysThatParseBackToTheList', () => {
    const search = { projectId: ['01900000-0001-7000-8000-000000000001', '01900000-0001-7000-8000-000000000002'] };
    const written = stringifySearch(search);
    expect(written).toBe('?projectId=01900000-0001-7000-8000-000000000001&projectId=01900000-0001-7000-8000-000000000002');
    expect(defaultParseSearch(written)).toEqual(search);
  });

  it('writesAnEmptyListAsTheKeyWithoutValue', () => {
    expect(stringifySearch({ projectId: [] })).toBe('?projectId=');
    expect(defaultParseSearch('?projectId=')).toEqual({ projectId: '' });
  });

  it('writesEverythingElseAsTheRouterDoes', () => {
    expect(stringifySearch({ q: 'müller', status: 'RUNNING', page: 2, trained: true, gone: undefined })).toBe(
      '?q=m%C3%BCller&status=RUNNING&page=2&trained=true',
    );
    expect(stringifySearch({ fiscalYear: 2016, projectId: ['a'] })).toBe('?fiscalYear=2016&projectId=a');
    expect(stringifySearch({})).toBe('');
  });
});
