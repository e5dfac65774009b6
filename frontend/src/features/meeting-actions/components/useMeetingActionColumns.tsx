import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/data/DataList';
import { formatDate, formatInstant } from '../../../lib/format';
import type { MeetingActionItem, MeetingActionSortField } from '../model';
import { ActionStatus } from './ActionStatus';
import { MeetingLink } from './MeetingLink';

/** The columns of the actions list (and the facts of an action's card on phones). */
export function useMeetingActionColumns(today: string): Column<MeetingActionItem, MeetingActionSortField>[] {
  const { t, i18n } = useTranslation();
  return [
    {
      id: 'dueDate',
      header: t('meetingActions.fields.dueDate'),
      sortField: 'dueDate',
      cell: (a) => (a.dueDate ? formatDate(a.dueDate, i18n.language) : t('meetingActions.noDueDate')),
    },
    { id: 'description', header: t('meetingActions.fields.description'), cell: (a) => a.description, hideInCard: true },
    { id: 'owner', header: t('meetingActions.fields.owner'), sortField: 'owner', cell: (a) => a.owner },
    {
      id: 'status',
      header: t('meetingActions.fields.status'),
      sortField: 'status',
      cell: (a) => <ActionStatus action={a} today={today} />,
    },
    {
      id: 'meeting',
      header: t('meetingActions.fields.meeting'),
      sortField: 'meetingStartsAt',
      cell: (a) => (
        <>
          <MeetingLink action={a} />
          <br />
          <span className="kern-body kern-body--small">{formatInstant(a.meetingStartsAt, i18n.language)}</span>
        </>
      ),
    },
  ];
}
