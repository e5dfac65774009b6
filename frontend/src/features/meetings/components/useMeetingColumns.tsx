import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/data/DataList';
import { formatInstant } from '../../../lib/format';
import type { MeetingSortField, NetworkMeeting } from '../model';

export function MeetingTitleLink({ meeting }: { meeting: NetworkMeeting }) {
  return (
    <Link to="/network-meetings/$meetingId" params={{ meetingId: meeting.id }} className="kern-link">
      {meeting.title}
    </Link>
  );
}

/** The columns of the meetings list (and the facts of a meeting's card on phones). */
export function useMeetingColumns(): Column<NetworkMeeting, MeetingSortField>[] {
  const { t, i18n } = useTranslation();
  return [
    {
      id: 'title',
      header: t('meetings.fields.title'),
      sortField: 'title',
      cell: (m) => <MeetingTitleLink meeting={m} />,
      hideInCard: true,
    },
    { id: 'format', header: t('meetings.fields.format'), sortField: 'format', cell: (m) => t(`meetings.format.${m.format}`) },
    {
      id: 'startsAt',
      header: t('meetings.fields.startsAt'),
      sortField: 'startsAt',
      cell: (m) => formatInstant(m.startsAt, i18n.language),
    },
    { id: 'location', header: t('meetings.fields.location'), cell: (m) => m.location },
    { id: 'topics', header: t('meetings.fields.topics'), cell: (m) => m.topics.join(', ') },
  ];
}
