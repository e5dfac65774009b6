import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { useZodForm } from '../../../components/record/form-model';
import { useRecordCreator } from '../../../components/record/useRecordCreator';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { type AssociationOption, useAssociationOptions } from '../api/association-options';
import { useCreateNetworkMeeting } from '../api/create-network-meeting';
import { emptyMeetingForm, meetingFormFields, meetingFormSchema, toRequest } from '../components/form-values';
import { MeetingForm } from '../components/MeetingForm';

export function MeetingCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('meetings.form.createTitle'));
  const associations = useAssociationOptions();

  return (
    <>
      <h1 className="kern-heading-large">{t('meetings.form.createTitle')}</h1>
      {associations.isPending ? <Loading /> : null}
      {associations.isError ? <ErrorAlert error={associations.error} onRetry={() => void associations.refetch()} /> : null}
      {/* The form waits for the associations, so its host select never shows a half-filled list. */}
      {associations.data ? <MeetingCreator associations={associations.data} /> : null}
    </>
  );
}

function MeetingCreator({ associations }: { associations: AssociationOption[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useZodForm(meetingFormSchema, emptyMeetingForm);
  const create = useCreateNetworkMeeting();
  const { onSubmit, otherErrors } = useRecordCreator({
    form,
    fields: meetingFormFields,
    create: (values) => create.mutateAsync(toRequest(values)),
    onCreated: (meeting) =>
      navigate({
        to: '/network-meetings/$meetingId',
        params: { meetingId: meeting.id },
        state: { flash: t('meetings.form.created') },
      }),
  });

  return (
    <MeetingForm
      form={form}
      onSubmit={onSubmit}
      submitLabel={t('meetings.form.create')}
      otherErrors={otherErrors}
      cancel={{ to: '/network-meetings' }}
      associations={associations}
    />
  );
}
