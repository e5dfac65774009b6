import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProjectOptions } from '../../../api/project-options';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { useZodForm } from '../../../components/record/form-model';
import { useRecordEditor } from '../../../components/record/useRecordEditor';
import { VersionConflict } from '../../../components/record/VersionConflict';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { formatInstant } from '../../../lib/format';
import { fromLocalInput } from '../../../lib/datetime-input';
import { type AssociationOption, useAssociationOptions } from '../api/association-options';
import { networkMeetingQueryOptions, useNetworkMeeting } from '../api/get-network-meeting';
import { useReplaceNetworkMeeting } from '../api/replace-network-meeting';
import {
  type MeetingFormField,
  meetingFormModel,
  meetingFormSchema,
  type MeetingFormValues,
  toFormValues,
  toRequest,
  topicList,
} from '../components/form-values';
import { MeetingForm } from '../components/MeetingForm';
import type { NetworkMeeting } from '../model';

const route = getRouteApi('/network-meetings/$meetingId/edit');

export function MeetingEditPage() {
  const { t } = useTranslation();
  const { meetingId } = route.useParams();
  const query = useNetworkMeeting(meetingId);
  const associations = useAssociationOptions();
  useDocumentTitle(query.data ? t('meetings.form.editTitle', { title: query.data.title }) : t('meetings.title'));

  if (query.isPending || associations.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (associations.isError) return <ErrorAlert error={associations.error} onRetry={() => void associations.refetch()} />;
  // Keyed by id only: a refetch in the background must not reset what the user is typing.
  return <MeetingEditor key={query.data.id} initial={query.data} associations={associations.data} />;
}

function MeetingEditor({ initial, associations }: { initial: NetworkMeeting; associations: AssociationOption[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const projects = useProjectOptions();
  const replace = useReplaceNetworkMeeting();
  const form = useZodForm(meetingFormSchema, toFormValues(initial));
  const editor = useRecordEditor({
    initial,
    model: meetingFormModel,
    form,
    save: (values, base) => replace.mutateAsync({ id: base.id, body: toRequest(values, base) }),
    reload: (base) => queryClient.fetchQuery({ ...networkMeetingQueryOptions(base.id), staleTime: 0 }),
    onSaved: (saved) =>
      navigate({
        to: '/network-meetings/$meetingId',
        params: { meetingId: saved.id },
        state: { flash: t('meetings.form.saved') },
      }),
  });

  const show = (field: MeetingFormField, values: MeetingFormValues): string => {
    const lang = i18n.language;
    switch (field) {
      case 'format':
        return t(`meetings.format.${values.format}`);
      case 'startsAt':
      case 'endsAt':
        return formatInstant(fromLocalInput(values[field]), lang);
      case 'hostAssociationId':
        return associations.find((a) => a.id === values.hostAssociationId)?.name ?? values.hostAssociationId;
      case 'projectId': {
        const project = projects.data?.find((p) => p.id === values.projectId);
        return project ? `${project.code} – ${project.name}` : values.projectId;
      }
      case 'actionFields':
        return values.actionFields.map((f) => t(`meetings.actionField.${f}`)).join(', ');
      case 'topics':
        return topicList(values.topics).join(', ');
      default:
        return values[field];
    }
  };

  return (
    <>
      <h1 className="kern-heading-large">{t('meetings.form.editTitle', { title: editor.base.title })}</h1>
      <MeetingForm
        form={form}
        onSubmit={editor.onSubmit}
        submitLabel={t('common.save')}
        otherErrors={editor.otherErrors}
        cancel={{ to: '/network-meetings/$meetingId', params: { meetingId: editor.base.id } }}
        associations={associations}
        notice={<VersionConflict editor={editor} label={(field) => t(`meetings.fields.${field}`)} show={show} />}
      />
    </>
  );
}
