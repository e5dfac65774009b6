import { localeOf } from './format';

/**
 * Languages offered as checkboxes in the sponsor and newcomer forms (ISO 639-1): German and the
 * languages of the office's sponsors and newcomers (southern and eastern Europe, refugees' countries).
 * Any other language is typed as its code; nothing outside this list is lost when editing.
 */
export const commonLanguages = [
  'de',
  'en',
  'fr',
  'it',
  'es',
  'pt',
  'el',
  'pl',
  'ro',
  'bg',
  'hr',
  'sr',
  'sq',
  'hu',
  'ru',
  'uk',
  'tr',
  'ku',
  'ar',
  'fa',
  'ti',
  'so',
] as const;

const common: ReadonlySet<string> = new Set(commonLanguages);

const optionsByLanguage = new Map<string, { value: string; label: string }[]>();

/** The common languages as options, named and sorted in the UI language (computed once per language). */
export function commonLanguageOptions(language: string): { value: string; label: string }[] {
  let options = optionsByLanguage.get(language);
  if (!options) {
    const names = new Intl.DisplayNames(localeOf(language), { type: 'language', fallback: 'code' });
    const collator = new Intl.Collator(localeOf(language));
    options = commonLanguages
      .map((code) => ({ value: code, label: names.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.label, b.label));
    optionsByLanguage.set(language, options);
  }
  return options;
}

const knownNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** Whether a two-letter code names a language Intl knows (`ku` yes, `xx` no). */
export function isKnownLanguage(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  try {
    return knownNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/** The codes typed into a text field: `"ku, TI"` → `['ku', 'ti']` (commas, semicolons or blanks between). */
export function parseLanguageCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== '');
}

/** Stored codes split into the checked common languages and the others as text (`"ku, ti"`). */
export function splitLanguages(codes: readonly string[]): { languages: string[]; otherLanguages: string } {
  return {
    languages: codes.filter((code) => common.has(code)),
    otherLanguages: codes.filter((code) => !common.has(code)).join(', '),
  };
}

/** The request's list: checked languages, then the typed ones, each once. */
export function joinLanguages(languages: readonly string[], otherLanguages: string): string[] {
  return [...new Set([...languages, ...parseLanguageCodes(otherLanguages)])];
}

/** The common languages as filter choices; `current` (e.g. from the URL) stays a choice even if it is not common. */
export function languageFilterOptions(language: string, current?: string): { value: string; label: string }[] {
  const options = commonLanguageOptions(language);
  if (!current || common.has(current)) return options;
  const names = new Intl.DisplayNames(localeOf(language), { type: 'language', fallback: 'code' });
  let label = current;
  try {
    label = names.of(current) ?? current;
  } catch {
    // not a valid language code: shown as typed
  }
  return [...options, { value: current, label }];
}
