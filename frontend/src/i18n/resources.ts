import authDe from '../auth/i18n/de.json';
import authEn from '../auth/i18n/en.json';
import associationsDe from '../features/associations/i18n/de.json';
import associationsEn from '../features/associations/i18n/en.json';
import budgetDe from '../features/budget/i18n/de.json';
import budgetEn from '../features/budget/i18n/en.json';
import budgetSummaryDe from '../features/budget-summary/i18n/de.json';
import budgetSummaryEn from '../features/budget-summary/i18n/en.json';
import meetingActionsDe from '../features/meeting-actions/i18n/de.json';
import meetingActionsEn from '../features/meeting-actions/i18n/en.json';
import meetingsDe from '../features/meetings/i18n/de.json';
import meetingsEn from '../features/meetings/i18n/en.json';
import newcomersDe from '../features/newcomers/i18n/de.json';
import newcomersEn from '../features/newcomers/i18n/en.json';
import overviewDe from '../features/overview/i18n/de.json';
import overviewEn from '../features/overview/i18n/en.json';
import { privacyTexts } from '../features/privacy/i18n/placeholder';
import projectsDe from '../features/projects/i18n/de.json';
import projectsEn from '../features/projects/i18n/en.json';
import sponsorsDe from '../features/sponsors/i18n/de.json';
import sponsorsEn from '../features/sponsors/i18n/en.json';
import coreDe from './de.json';
import coreEn from './en.json';

/*
 * One namespace, assembled from the shared texts (src/i18n) and each feature's own
 * (src/features/<feature>/i18n): a feature's texts live beside its code.
 */
export const de = {
  ...coreDe,
  auth: authDe,
  overview: overviewDe,
  projects: projectsDe,
  budget: budgetDe,
  budgetSummary: budgetSummaryDe,
  meetingActions: meetingActionsDe,
  sponsors: sponsorsDe,
  newcomers: newcomersDe,
  associations: associationsDe,
  meetings: meetingsDe,
  privacy: privacyTexts,
};

export const en: typeof de = {
  ...coreEn,
  auth: authEn,
  overview: overviewEn,
  projects: projectsEn,
  budget: budgetEn,
  budgetSummary: budgetSummaryEn,
  meetingActions: meetingActionsEn,
  sponsors: sponsorsEn,
  newcomers: newcomersEn,
  associations: associationsEn,
  meetings: meetingsEn,
  privacy: privacyTexts,
};
