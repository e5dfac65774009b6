import { describe, expect, it } from 'vitest';
import { projectListSearchSchema } from './search';

describe('projects list URL', () => {
  it('keepsValidParameters', () => {
    expect(projectListSearchSchema.parse({ q: 'wil', status: 'RUNNING', sort: '-startDate', page: 2, size: 50 })).toEqual({
      q: 'wil',
      status: 'RUNNING',
      sort: '-startDate',
      page: 2,
      size: 50,
    });
  });

  it('readsANumericSearchTermAsText', () => {
    expect(projectListSearchSchema.parse({ q: 2015 })).toEqual({ q: '2015' });
  });

  it('dropsInvalidParametersInsteadOfFailing', () => {
    expect(projectListSearchSchema.parse({ status: 'SLEEPING', sort: 'budget', page: 0, size: 1000 })).toEqual({});
  });
});
