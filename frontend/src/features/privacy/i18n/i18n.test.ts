import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import de from './de.json';
import en from './en.json';
import { addPrivacyTexts } from './texts';

function entries(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null ? entries(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

// The app's translation test sees only the placeholder of these texts (they load with the pages).
describe('privacy texts', () => {
  it('englishHasExactlyTheGermanKeys', () => {
    const keys = (tree: object) => entries(tree).map(([key]) => key);
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it('everyTranslationIsNonEmptyText', () => {
    expect([...entries(de), ...entries(en)].filter(([, value]) => typeof value !== 'string' || value.trim() === '')).toEqual([]);
  });

  it('addsEachLanguageItsOwnTexts', () => {
    const i18n = createI18n('de');
    addPrivacyTexts(i18n);
    expect(i18n.t('privacy.audit.title')).toBe('Protokoll');
    expect(i18n.getFixedT('en')('privacy.audit.title')).toBe('Audit trail');
  });
});
