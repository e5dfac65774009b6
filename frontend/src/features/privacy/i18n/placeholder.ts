import type de from './de.json';

/**
 * The feature's texts as src/i18n/resources.ts joins them into the typed namespace: their type
 * only. The texts themselves load with the feature's pages (usePrivacyTexts), which keeps about
 * 7 KB of gzip out of the first visit's bundle.
 */
export const privacyTexts = {} as typeof de;
