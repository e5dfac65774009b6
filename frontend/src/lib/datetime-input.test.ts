import { describe, expect, it } from 'vitest';
import { fromLocalInput, instantForRequest, toLocalInput } from './datetime-input';

describe('datetime-local input', () => {
  it('roundTripsAnInstantThroughTheLocalTime', () => {
    const local = toLocalInput('2026-03-01T09:30:00Z');
    expect(local).toMatch(/^2026-03-01T\d{2}:30$/);
    expect(fromLocalInput(local)).toBe('2026-03-01T09:30:00Z');
  });

  it('keepsTheStoredInstantWhenTheInputIsUnchanged', () => {
    const stored = '2015-07-15T10:00:42.5Z';
    expect(instantForRequest(toLocalInput(stored), stored)).toBe(stored);
  });

  it('leavesOutEmptyAndInvalidValues', () => {
    expect(toLocalInput(undefined)).toBe('');
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('01.03.2026 10:30')).toBeUndefined();
    expect(instantForRequest('', '2026-03-01T09:30:00Z')).toBeUndefined();
  });
});
