import { describe, expect, it } from 'vitest';
import { formatCountry, formatDate, formatLanguages, formatMoney, formatPercent } from './format';

// Intl puts a no-break space between amount and currency; compare with plain spaces.
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('format', () => {
  it('formatsContractDatesTheGermanWay', () => {
    expect(formatDate('2018-03-31', 'de')).toBe('31.03.2018');
    expect(formatDate('2015-04-01', 'de')).toBe('01.04.2015');
  });

  it('formatsDatesInEnglishWithoutShiftingTheDay', () => {
    expect(formatDate('2018-03-31', 'en')).toBe('31/03/2018');
  });

  it('formatsMoneyExactlyFromDecimalStrings', () => {
    expect(plain(formatMoney('200400.00', 'de'))).toBe('200.400,00 €');
    expect(plain(formatMoney('120240.00', 'de'))).toBe('120.240,00 €');
    // More digits than a double holds exactly: the string keeps them.
    expect(plain(formatMoney('12345678901234567.89', 'de'))).toBe('12.345.678.901.234.567,89 €');
    expect(formatMoney('63000.00', 'en')).toBe('€63,000.00');
  });

  it('formatsPercentages', () => {
    expect(plain(formatPercent(35, 'de'))).toBe('35 %');
    expect(plain(formatPercent(60, 'en'))).toBe('60%');
  });

  it('leavesMissingValuesEmpty', () => {
    expect(formatDate(undefined, 'de')).toBe('');
    expect(formatMoney(null, 'de')).toBe('');
  });
});

describe('display names', () => {
  it('namesLanguagesAndCountriesInTheUiLanguage', () => {
    expect(formatLanguages(['ro', 'de'], 'de')).toBe('Rumänisch, Deutsch');
    expect(formatLanguages(['ar'], 'en')).toBe('Arabic');
    expect(formatCountry('RO', 'de')).toBe('Rumänien');
    expect(formatCountry('SY', 'en')).toBe('Syria');
  });
});
