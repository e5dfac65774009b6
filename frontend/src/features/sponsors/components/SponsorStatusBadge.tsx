import { useTranslation } from 'react-i18next';
import type { SponsorStatus } from '../model';

const variants: Record<SponsorStatus, string> = {
  INTERESTED: 'kern-badge--info',
  IN_TRAINING: 'kern-badge--warning',
  ACTIVE: 'kern-badge--success',
  PAUSED: 'badge-neutral',
  LEFT: 'badge-neutral',
};

/** The status as a badge; the text carries the meaning, the colour only repeats it. */
export function SponsorStatusBadge({ status }: { status: SponsorStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge ${variants[status]}`}>
      <span className="kern-label">{t(`sponsors.status.${status}`)}</span>
    </span>
  );
}
