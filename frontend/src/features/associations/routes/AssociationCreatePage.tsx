import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useZodForm } from '../../../components/record/form-model';
import { useRecordCreator } from '../../../components/record/useRecordCreator';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useCreateAssociation } from '../api/create-association';
import { AssociationForm } from '../components/AssociationForm';
import { associationFormFields, associationFormSchema, emptyAssociationForm, toRequest } from '../components/form-values';

export function AssociationCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('associations.form.createTitle'));
  const navigate = useNavigate();
  const form = useZodForm(associationFormSchema, emptyAssociationForm);
  const create = useCreateAssociation();
  const { onSubmit, otherErrors } = useRecordCreator({
    form,
    fields: associationFormFields,
    create: (values) => create.mutateAsync(toRequest(values)),
    onCreated: (association) =>
      navigate({
        to: '/associations/$associationId',
        params: { associationId: association.id },
        state: { flash: t('associations.form.created') },
      }),
  });

  return (
    <>
      <h1 className="kern-heading-large">{t('associations.form.createTitle')}</h1>
      <AssociationForm
        form={form}
        onSubmit={onSubmit}
        submitLabel={t('associations.form.create')}
        otherErrors={otherErrors}
        cancel={{ to: '/associations' }}
      />
    </>
  );
}
