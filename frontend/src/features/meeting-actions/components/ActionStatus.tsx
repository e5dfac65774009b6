import { useTranslation } from 'react-i18next';
import { isOverdue, type MeetingActionItem } from '../model';

/** Status in words (never colour alone): open, open and overdue, or done. */
export function ActionStatus({ action, today }: { action: MeetingActionItem; today: string }) {
  const { t } = useTranslation();
  if (isOverdue(action, today)) {
    return (
      <span className="kern-badge kern-badge--danger">
        <span className="kern-label">{t('meetingActions.overdue')}</span>
      </span>
    );
  }
  return (
    <span className={`kern-badge ${action.status === 'OPEN' ? 'kern-badge--info' : 'badge-neutral'}`}>
      <span className="kern-label">{t(`meetingActions.status.${action.status}`)}</span>
    </span>
  );
}
