import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DeleteRecord } from '../../../components/record/DeleteRecord';
import { useDeleteNetworkMeeting } from '../api/delete-network-meeting';
import type { NetworkMeeting } from '../model';

export function DeleteMeeting({ meeting }: { meeting: NetworkMeeting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <DeleteRecord
      mutation={useDeleteNetworkMeeting(meeting.id)}
      title={t('meetings.delete.title')}
      question={t('meetings.delete.confirm', { title: meeting.title })}
      blockedTitle={t('meetings.delete.blocked')}
      onDeleted={() =>
        navigate({ to: '/network-meetings', state: { flash: t('meetings.delete.deleted', { title: meeting.title }) } })
      }
    />
  );
}
