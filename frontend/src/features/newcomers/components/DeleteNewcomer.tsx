import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DeleteRecord } from '../../../components/record/DeleteRecord';
import { useDeleteNewcomer } from '../api/delete-newcomer';
import { type Newcomer, newcomerFullName } from '../model';

export function DeleteNewcomer({ newcomer }: { newcomer: Newcomer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const name = newcomerFullName(newcomer);
  return (
    <DeleteRecord
      mutation={useDeleteNewcomer(newcomer.id)}
      title={t('newcomers.delete.title')}
      question={t('newcomers.delete.confirm', { name })}
      blockedTitle={t('newcomers.delete.blocked', { name })}
      onDeleted={() => navigate({ to: '/newcomers', state: { flash: t('newcomers.delete.deleted', { name }) } })}
    />
  );
}
