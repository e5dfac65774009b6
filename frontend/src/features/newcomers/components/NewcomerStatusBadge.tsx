import { useTranslation } from 'react-i18next';
import type { NewcomerStatus } from '../model';

const variants: Record<NewcomerStatus, string> = {
  WAITING: 'kern-badge--warning',
  MATCHED: 'kern-badge--info',
  ACCOMPANIED: 'kern-badge--success',
  FINISHED: 'badge-neutral',
};

/** The status as a badge; the text carries the meaning, the colour only repeats it. */
export function NewcomerStatusBadge({ status }: { status: NewcomerStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge ${variants[status]}`}>
      <span className="kern-label">{t(`newcomers.status.${status}`)}</span>
    </span>
  );
}
