import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import de from './de.json';
import en from './en.json';

const registered = new WeakSet<I18n>();

/** Adds the feature's texts (`privacy.*`) to an i18next instance, once. */
export function addPrivacyTexts(i18n: I18n): void {
  if (registered.has(i18n)) return;
  registered.add(i18n);
  // Not merged deeply: that would write into the placeholder object, which both languages share.
  i18n.addResourceBundle('de', 'translation', { privacy: de }, false, true);
  i18n.addResourceBundle('en', 'translation', { privacy: en }, false, true);
}

/**
 * Called first by each of the feature's pages, which load on demand: the texts stay out of the
 * first visit's bundle (see `placeholder.ts`).
 */
export function usePrivacyTexts(): void {
  addPrivacyTexts(useTranslation().i18n);
}
