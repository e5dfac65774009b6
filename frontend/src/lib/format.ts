/** Formats by the UI language: German numbers and dates (31.03.2018, 200.400,00 €) for `de`. */

const locales: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

export function localeOf(language: string): string {
  return locales[language] ?? locales.de!;
}

/** A contract date (`YYYY-MM-DD`) as a calendar date, free of time-zone shifts. */
export function formatDate(isoDate: string | undefined | null, language: string): string {
  if (!isoDate) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(localeOf(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An RFC 3339 instant in the user's time zone, e.g. `01.03.2026, 10:30`. */
export function formatInstant(instant: string | undefined | null, language: string): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A contract amount (a decimal string such as `"200400.00"`) in EUR. The string goes to Intl as it
 * is, so no float ever touches the value.
 */
export function formatMoney(amount: string | undefined | null, language: string): string {
  if (amount === undefined || amount === null || amount === '') return '';
  if (!/^-?\d+(\.\d+)?$/.test(amount)) return amount;
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' }).format(
    amount as Intl.StringNumericLiteral,
  );
}

export function formatNumber(value: number | undefined | null, language: string): string {
  if (value === undefined || value === null) return '';
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

export function formatPercent(value: number | undefined | null, language: string): string {
  if (value === undefined || value === null) return '';
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/**
 * A contract percentage as a decimal string (a funding rate `"60.00"`) with its decimals: `60,00 %`,
 * `60.00%`. The decimal point moves inside the string, so no float ever touches the value.
 */
export function formatRate(rate: string | undefined | null, language: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(rate ?? '');
  if (!match) return rate ?? '';
  const [, sign, whole = '', fraction = ''] = match;
  const digits = whole.padStart(3, '0');
  const ratio = `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}${fraction}`;
  return new Intl.NumberFormat(localeOf(language), {
    style: 'percent',
    minimumFractionDigits: fraction.length,
    maximumFractionDigits: fraction.length,
  }).format(ratio as Intl.StringNumericLiteral);
}

/** ISO 639-1 codes as language names in the UI language: `['ro', 'de']` → `Rumänisch, Deutsch`. */
export function formatLanguages(codes: readonly string[] | undefined, language: string): string {
  if (!codes || codes.length === 0) return '';
  const names = new Intl.DisplayNames(localeOf(language), { type: 'language', fallback: 'code' });
  return codes.map((code) => names.of(code) ?? code).join(', ');
}

/** An ISO 3166-1 alpha-2 code as the country's name in the UI language: `RO` → `Rumänien`. */
export function formatCountry(code: string | undefined, language: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames(localeOf(language), { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
