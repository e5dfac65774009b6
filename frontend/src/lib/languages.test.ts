import { describe, expect, it } from 'vitest';
import { commonLanguageOptions, isKnownLanguage, joinLanguages, parseLanguageCodes, splitLanguages } from './languages';

describe('language lists', () => {
  it('splitsStoredCodesIntoCheckboxesAndText', () => {
    expect(splitLanguages(['ro', 'ln', 'de', 'wo'])).toEqual({ languages: ['ro', 'de'], otherLanguages: 'ln, wo' });
  });

  it('joinsCheckedAndTypedCodesOnceEach', () => {
    expect(joinLanguages(['de', 'ro'], 'LN; wo, de')).toEqual(['de', 'ro', 'ln', 'wo']);
    expect(parseLanguageCodes('  ')).toEqual([]);
  });

  it('knowsRealLanguageCodesOnly', () => {
    expect(isKnownLanguage('ti')).toBe(true);
    expect(isKnownLanguage('xx')).toBe(false);
    expect(isKnownLanguage('deu')).toBe(false);
  });

  it('namesTheCommonLanguagesInTheUiLanguage', () => {
    const options = commonLanguageOptions('de');
    expect(options.find((option) => option.value === 'ro')?.label).toBe('Rumänisch');
    expect(options[0]?.label).toBe('Albanisch');
  });
});
