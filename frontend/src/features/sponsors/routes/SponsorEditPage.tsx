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
import { fromLocalInput } from '../../../lib/datetime-input';
import { formatDate, formatInstant, formatLanguages } from '../../../lib/format';
import { parseLanguageCodes } from '../../../lib/languages';
import { sponsorQueryOptions, useSponsor } from '../api/get-sponsor';
import { useReplaceSponsor } from '../api/replace-sponsor';
import {
  type SponsorFormField,
  sponsorFormModel,
  sponsorFormSchema,
  type SponsorFormValues,
  toFormValues,
  toRequest,
} from '../components/form-values';
import { SponsorForm } from '../components/SponsorForm';
import { type Sponsor, sponsorFullName } from '../model';

const route = getRouteApi('/sponsors/$sponsorId/edit');

export function SponsorEditPage() {
  const { t } = useTranslation();
  const { sponsorId } = route.useParams();
  const query = useSponsor(sponsorId);
  useDocumentTitle(query.data ? t('sponsors.form.editTitle', { name: sponsorFullName(query.data) }) : t('sponsors.title'));

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  // Keyed by id only: a refetch in the background must not reset what the user is typing.
  return <SponsorEditor key={query.data.id} initial={query.data} />;
}

function SponsorEditor({ initial }: { initial: Sponsor }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const projects = useProjectOptions();
  const replace = useReplaceSponsor();
  const form = useZodForm(sponsorFormSchema, toFormValues(initial));
  const editor = useRecordEditor({
    initial,
    model: sponsorFormModel,
    form,
    save: (values, base) => replace.mutateAsync({ id: base.id, body: toRequest(values, base) }),
    reload: (base) => queryClient.fetchQuery({ ...sponsorQueryOptions(base.id), staleTime: 0 }),
    onSaved: (saved) =>
      navigate({ to: '/sponsors/$sponsorId', params: { sponsorId: saved.id }, state: { flash: t('sponsors.form.saved') } }),
  });

  /** A field's value as a reader sees it in the conflict table. */
  const show = (field: SponsorFormField, values: SponsorFormValues): string => {
    const lang = i18n.language;
    switch (field) {
      case 'status':
        return t(`sponsors.status.${values.status}`);
      case 'languages':
        return formatLanguages(values.languages, lang);
      case 'otherLanguages':
        return formatLanguages(parseLanguageCodes(values.otherLanguages), lang);
      case 'trainingCompletedOn':
        return formatDate(values.trainingCompletedOn, lang);
      case 'consentGivenAt':
        return formatInstant(fromLocalInput(values.consentGivenAt), lang);
      case 'projectId':
        return projects.data?.find((project) => project.id === values.projectId)?.name ?? values.projectId;
      default:
        return values[field];
    }
  };

  return (
    <>
      <h1 className="kern-heading-large">{t('sponsors.form.editTitle', { name: sponsorFullName(editor.base) })}</h1>
      <SponsorForm
        form={form}
        onSubmit={editor.onSubmit}
        submitLabel={t('common.save')}
        otherErrors={editor.otherErrors}
        cancel={{ to: '/sponsors/$sponsorId', params: { sponsorId: editor.base.id } }}
        notice={<VersionConflict editor={editor} label={(field) => t(`sponsors.fields.${field}`)} show={show} />}
      />
    </>
  );
}
