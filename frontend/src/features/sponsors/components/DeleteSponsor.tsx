import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DeleteRecord } from '../../../components/record/DeleteRecord';
import { useDeleteSponsor } from '../api/delete-sponsor';
import { type Sponsor, sponsorFullName } from '../model';

export function DeleteSponsor({ sponsor }: { sponsor: Sponsor }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const name = sponsorFullName(sponsor);
  return (
    <DeleteRecord
      mutation={useDeleteSponsor(sponsor.id)}
      title={t('sponsors.delete.title')}
      question={t('sponsors.delete.confirm', { name })}
      blockedTitle={t('sponsors.delete.blocked', { name })}
      onDeleted={() => navigate({ to: '/sponsors', state: { flash: t('sponsors.delete.deleted', { name }) } })}
    />
  );
}
