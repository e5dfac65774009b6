import { localeOf } from '../../lib/format';

/** Why a typed amount cannot be sent. */
export type MoneyInputProblem = 'format' | 'decimals' | 'negative' | 'tooLarge';

export type MoneyInput = { amount: string } | { problem: MoneyInputProblem };

/** At most 12 digits before the decimal separator (the contract's `^-?\d{1,12}(\.\d{1,2})?$`). */
const maxIntegerDigits = 12;

/**
 * An amount in EUR as people type it, in the contract's format (`"1234.56"`, always two decimals).
 * German input comes first: `1.234,56`, `1234,56` and `1.234` (one thousand two hundred and
 * thirty-four) as well as `1234.56`, `1,234.56` and `1234`; blanks and a € sign are ignored. The
 * digits are only moved around as text, never through a float, so every cent stays exact.
 */
export function parseMoneyInput(text: string): MoneyInput {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^€|€$/g, '');
  if (compact.startsWith('-')) return { problem: /\d/.test(compact) ? 'negative' : 'format' };
  if (!/^[\d.,]*\d[\d.,]*$/.test(compact)) return { problem: 'format' };

  const commas = compact.split(',').length - 1;
  const dots = compact.split('.').length - 1;
  let decimal: ',' | '.' | null = null;
  let group: ',' | '.' | null = null;
  if (commas > 0 && dots > 0) {
    decimal = compact.lastIndexOf(',') > compact.lastIndexOf('.') ? ',' : '.';
    group = decimal === ',' ? '.' : ',';
  } else if (commas > 0) {
    // `1234,5` is German; `1,234,567` can only be English grouping.
    if (commas === 1) decimal = ',';
    else group = ',';
  } else if (dots > 0) {
    // `1.234` and `1.234.567` are German grouping; `1234.5` a decimal point.
    if (dots === 1 && !/\.\d{3}$/.test(compact)) decimal = '.';
    else group = '.';
  }

  const cut = decimal ? compact.lastIndexOf(decimal) : compact.length;
  const integerText = compact.slice(0, cut);
  const fraction = decimal ? compact.slice(cut + 1) : '';
  if (!/^\d*$/.test(fraction)) return { problem: 'format' };
  if (fraction.length > 2) return { problem: 'decimals' };

  let digits = integerText;
  if (group && integerText.includes(group)) {
    const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`);
    if (!grouped.test(integerText)) return { problem: 'format' };
    digits = integerText.split(group).join('');
  }
  if (!/^\d*$/.test(digits)) return { problem: 'format' };
  const integer = digits.replace(/^0+(?=\d)/, '') || '0';
  if (integer.length > maxIntegerDigits) return { problem: 'tooLarge' };
  return { amount: `${integer}.${fraction.padEnd(2, '0')}` };
}

/** A contract amount (`"63000.00"`) as the form shows it for editing: `63.000,00` in German, `63,000.00` in English. */
export function moneyInputOf(amount: string | undefined, language: string): string {
  if (amount === undefined || !/^-?\d+(\.\d+)?$/.test(amount)) return amount ?? '';
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    amount as Intl.StringNumericLiteral,
  );
}
