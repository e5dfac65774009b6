import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DeleteRecord } from '../../../components/record/DeleteRecord';
import { useDeleteAssociation } from '../api/delete-association';
import type { Association } from '../model';

export function DeleteAssociation({ association }: { association: Association }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <DeleteRecord
      mutation={useDeleteAssociation(association.id)}
      title={t('associations.delete.title')}
      question={t('associations.delete.confirm', { name: association.name })}
      blockedTitle={t('associations.delete.blocked')}
      onDeleted={() =>
        navigate({ to: '/associations', state: { flash: t('associations.delete.deleted', { name: association.name }) } })
      }
    />
  );
}
