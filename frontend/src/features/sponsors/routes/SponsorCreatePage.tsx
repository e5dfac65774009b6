import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useZodForm } from '../../../components/record/form-model';
import { useRecordCreator } from '../../../components/record/useRecordCreator';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useCreateSponsor } from '../api/create-sponsor';
import { emptySponsorForm, sponsorFormFields, sponsorFormSchema, toRequest } from '../components/form-values';
import { SponsorForm } from '../components/SponsorForm';

export function SponsorCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sponsors.form.createTitle'));
  const navigate = useNavigate();
  const form = useZodForm(sponsorFormSchema, emptySponsorForm);
  const create = useCreateSponsor();
  const { onSubmit, otherErrors } = useRecordCreator({
    form,
    fields: sponsorFormFields,
    create: (values) => create.mutateAsync(toRequest(values)),
    onCreated: (sponsor) =>
      navigate({ to: '/sponsors/$sponsorId', params: { sponsorId: sponsor.id }, state: { flash: t('sponsors.form.created') } }),
  });

  return (
    <>
      <h1 className="kern-heading-large">{t('sponsors.form.createTitle')}</h1>
      <SponsorForm
        form={form}
        onSubmit={onSubmit}
        submitLabel={t('sponsors.form.create')}
        otherErrors={otherErrors}
        cancel={{ to: '/sponsors' }}
      />
    </>
  );
}
