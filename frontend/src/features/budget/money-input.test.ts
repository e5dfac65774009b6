import { describe, expect, it } from 'vitest';
import { moneyInputOf, parseMoneyInput } from './money-input';

describe('money input', () => {
  it.each([
    ['1.234,56', '1234.56'],
    ['1234,56', '1234.56'],
    ['1234.56', '1234.56'],
    ['1234,5', '1234.50'],
    ['63000', '63000.00'],
    ['63.000', '63000.00'],
    ['200.400,00 €', '200400.00'],
    ['1,234.56', '1234.56'],
    ['1.234.567,89', '1234567.89'],
    ['0,07', '0.07'],
    [',5', '0.50'],
    ['007', '7.00'],
    ['999999999999,99', '999999999999.99'],
  ])('reads %s as %s', (typed, amount) => {
    expect(parseMoneyInput(typed)).toEqual({ amount });
  });

  it.each([
    ['12,345', 'decimals'],
    ['1234.567', 'format'], // three digits after one dot read as German grouping, which 1234 breaks,
    ['-5,00', 'negative'],
    ['12.34.5', 'format'],
    ['1.23,4.5', 'format'],
    ['zwölf', 'format'],
    ['1e3', 'format'],
    ['1000000000000', 'tooLarge'],
  ])('refuses %s (%s)', (typed, problem) => {
    expect(parseMoneyInput(typed)).toEqual({ problem });
  });

  it('showsAStoredAmountForEditingInTheUsersLanguage', () => {
    expect(moneyInputOf('63000.00', 'de')).toBe('63.000,00');
    expect(moneyInputOf('63000.00', 'en')).toBe('63,000.00');
    expect(moneyInputOf('999999999999.99', 'de')).toBe('999.999.999.999,99');
    expect(moneyInputOf(undefined, 'de')).toBe('');
  });

  it('readsBackWhatItShows', () => {
    for (const amount of ['0.00', '3820.00', '61250.40', '999999999999.99']) {
      expect(parseMoneyInput(moneyInputOf(amount, 'de'))).toEqual({ amount });
      expect(parseMoneyInput(moneyInputOf(amount, 'en'))).toEqual({ amount });
    }
  });
});
