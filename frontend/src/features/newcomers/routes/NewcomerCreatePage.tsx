import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useZodForm } from '../../../components/record/form-model';
import { useRecordCreator } from '../../../components/record/useRecordCreator';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useCreateNewcomer } from '../api/create-newcomer';
import { emptyNewcomerForm, newcomerFormFields, newcomerFormSchema, toRequest } from '../components/form-values';
import { NewcomerForm } from '../components/NewcomerForm';

export function NewcomerCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('newcomers.form.createTitle'));
  const navigate = useNavigate();
  const form = useZodForm(newcomerFormSchema, emptyNewcomerForm);
  const create = useCreateNewcomer();
  const { onSubmit, otherErrors } = useRecordCreator({
    form,
    fields: newcomerFormFields,
    create: (values) => create.mutateAsync(toRequest(values)),
    onCreated: (newcomer) =>
      navigate({
        to: '/newcomers/$newcomerId',
        params: { newcomerId: newcomer.id },
        state: { flash: t('newcomers.form.created') },
      }),
  });

  return (
    <>
      <h1 className="kern-heading-large">{t('newcomers.form.createTitle')}</h1>
      <NewcomerForm
        form={form}
        onSubmit={onSubmit}
        submitLabel={t('newcomers.form.create')}
        otherErrors={otherErrors}
        cancel={{ to: '/newcomers' }}
      />
    </>
  );
}
