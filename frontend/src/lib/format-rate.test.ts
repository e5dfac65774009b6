import { describe, expect, it } from 'vitest';
import { formatRate } from './format';

describe('formatRate', () => {
  it('writesTheFundingRateOfTheSeedInGermanAndEnglish', () => {
    expect(formatRate('60.00', 'de')).toBe('60,00\u00a0%');
    expect(formatRate('60.00', 'en')).toBe('60.00%');
  });

  it('keepsEveryDecimalOfTheStringWithoutFloatRounding', () => {
    expect(formatRate('66.07', 'de')).toBe('66,07\u00a0%');
    expect(formatRate('0.29', 'en')).toBe('0.29%');
    expect(formatRate('100.00', 'en')).toBe('100.00%');
    expect(formatRate('5', 'de')).toBe('5\u00a0%');
    expect(formatRate('1234.56', 'de')).toBe('1.234,56\u00a0%');
    expect(formatRate('-12.50', 'en')).toBe('-12.50%');
  });

  it('leavesWhatIsNoDecimalAsItIs', () => {
    expect(formatRate(undefined, 'de')).toBe('');
    expect(formatRate('', 'de')).toBe('');
    expect(formatRate('n/a', 'de')).toBe('n/a');
  });
});
