import { useTranslation } from 'react-i18next';

/** Whether an association is active in the network, in words (not colour alone). */
export function AssociationActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge ${active ? 'kern-badge--success' : 'badge-neutral'}`}>
      <span className="kern-label">{active ? t('associations.activeState.active') : t('associations.activeState.inactive')}</span>
    </span>
  );
}
