import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProjectOptions } from '../../../api/project-options';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { useZodForm } from '../../../components/record/form-model';
import { mergePatch } from '../../../components/record/merge-patch';
import { useRecordEditor } from '../../../components/record/useRecordEditor';
import { VersionConflict } from '../../../components/record/VersionConflict';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { fromLocalInput } from '../../../lib/datetime-input';
import { formatCountry, formatDate, formatInstant, formatLanguages } from '../../../lib/format';
import { parseLanguageCodes } from '../../../lib/languages';
import { newcomerQueryOptions, useNewcomer } from '../api/get-newcomer';
import { usePatchNewcomer } from '../api/patch-newcomer';
import {
  type NewcomerFormField,
  newcomerFormModel,
  newcomerFormSchema,
  type NewcomerFormValues,
  toFormValues,
  toRequest,
} from '../components/form-values';
import { NewcomerForm } from '../components/NewcomerForm';
import { type Newcomer, newcomerFullName, showsPersonalDetails } from '../model';

const route = getRouteApi('/newcomers/$newcomerId/edit');

export function NewcomerEditPage() {
  const { t } = useTranslation();
  const { newcomerId } = route.useParams();
  const query = useNewcomer(newcomerId);
  useDocumentTitle(query.data ? t('newcomers.form.editTitle', { name: newcomerFullName(query.data) }) : t('newcomers.title'));

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  // Keyed by id only: a refetch in the background must not reset what the user is typing.
  return <NewcomerEditor key={query.data.id} initial={query.data} />;
}

function NewcomerEditor({ initial }: { initial: Newcomer }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const projects = useProjectOptions();
  const patch = usePatchNewcomer();
  const form = useZodForm(newcomerFormSchema, toFormValues(initial));
  const editor = useRecordEditor({
    initial,
    model: newcomerFormModel,
    form,
    // Only what the user changed is sent: what they were not shown stays as stored.
    save: (values, base) =>
      patch.mutateAsync({
        id: base.id,
        body: { ...mergePatch(toRequest(toFormValues(base), base), toRequest(values, base)), version: base.version },
      }),
    reload: (base) => queryClient.fetchQuery({ ...newcomerQueryOptions(base.id), staleTime: 0 }),
    onSaved: (saved) =>
      navigate({
        to: '/newcomers/$newcomerId',
        params: { newcomerId: saved.id },
        state: { flash: t('newcomers.form.saved') },
      }),
  });

  /** A field's value as a reader sees it in the conflict table. */
  const show = (field: NewcomerFormField, values: NewcomerFormValues): string => {
    const lang = i18n.language;
    switch (field) {
      case 'status':
        return t(`newcomers.status.${values.status}`);
      case 'residenceStatus':
        return values.residenceStatus ? t(`newcomers.residenceStatus.${values.residenceStatus}`) : '';
      case 'needs':
        return values.needs.map((need) => t(`newcomers.need.${need}`)).join(', ');
      case 'countryOfOrigin':
        return formatCountry(values.countryOfOrigin, lang);
      case 'languages':
        return formatLanguages(values.languages, lang);
      case 'otherLanguages':
        return formatLanguages(parseLanguageCodes(values.otherLanguages), lang);
      case 'arrivalDate':
        return formatDate(values.arrivalDate, lang);
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
      <h1 className="kern-heading-large">{t('newcomers.form.editTitle', { name: newcomerFullName(editor.base) })}</h1>
      <NewcomerForm
        form={form}
        onSubmit={editor.onSubmit}
        submitLabel={t('common.save')}
        otherErrors={editor.otherErrors}
        cancel={{ to: '/newcomers/$newcomerId', params: { newcomerId: editor.base.id } }}
        personalDetails={showsPersonalDetails(editor.base)}
        notice={<VersionConflict editor={editor} label={(field) => t(`newcomers.fields.${field}`)} show={show} />}
      />
    </>
  );
}
