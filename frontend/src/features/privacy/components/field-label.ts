import { useTranslation } from 'react-i18next';

/** Where each kind of record keeps the names of its fields (`newcomers.fields.lastName`). */
const fieldNamespaces: Partial<Record<string, string>> = {
  newcomer: 'newcomers',
  sponsor: 'sponsors',
  project: 'projects',
  'budget-line': 'budget',
  association: 'associations',
  'network-meeting': 'meetings',
  'meeting-action': 'meetingActions',
};

/**
 * The name of a record's field as people read it (`lastName` of a newcomer: "Nachname"), else the
 * field's own name. `*` is an export's read of everything.
 */
export function useFieldLabel(): (resourceType: string, field: string) => string {
  const { t } = useTranslation();
  return (resourceType, field) =>
    field === '*'
      ? t('privacy.audit.everything')
      : t([`${fieldNamespaces[resourceType]}.fields.${field}`, `privacy.fieldNames.${field}`], { defaultValue: field });
}
