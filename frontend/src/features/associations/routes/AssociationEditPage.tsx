import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { useZodForm } from '../../../components/record/form-model';
import { useRecordEditor } from '../../../components/record/useRecordEditor';
import { VersionConflict } from '../../../components/record/VersionConflict';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { formatLanguages } from '../../../lib/format';
import { associationQueryOptions, useAssociation } from '../api/get-association';
import { useReplaceAssociation } from '../api/replace-association';
import { AssociationForm } from '../components/AssociationForm';
import {
  type AssociationFormField,
  associationFormModel,
  associationFormSchema,
  type AssociationFormValues,
  toFormValues,
  toRequest,
} from '../components/form-values';
import type { Association } from '../model';

const route = getRouteApi('/associations/$associationId/edit');

export function AssociationEditPage() {
  const { t } = useTranslation();
  const { associationId } = route.useParams();
  const query = useAssociation(associationId);
  useDocumentTitle(query.data ? t('associations.form.editTitle', { name: query.data.name }) : t('associations.title'));

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  // Keyed by id only: a refetch in the background must not reset what the user is typing.
  return <AssociationEditor key={query.data.id} initial={query.data} />;
}

function AssociationEditor({ initial }: { initial: Association }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const replace = useReplaceAssociation();
  const form = useZodForm(associationFormSchema, toFormValues(initial));
  const editor = useRecordEditor({
    initial,
    model: associationFormModel,
    form,
    save: (values, base) => replace.mutateAsync({ id: base.id, body: toRequest(values, base.version) }),
    reload: (base) => queryClient.fetchQuery({ ...associationQueryOptions(base.id), staleTime: 0 }),
    onSaved: (saved) =>
      navigate({
        to: '/associations/$associationId',
        params: { associationId: saved.id },
        state: { flash: t('associations.form.saved') },
      }),
  });

  /** A field's value as a reader sees it in the conflict table. */
  const show = (field: AssociationFormField, values: AssociationFormValues): string => {
    switch (field) {
      case 'kind':
        return values.kind ? t(`associations.kind.${values.kind}`) : '';
      case 'fields':
        return values.fields.map((f) => t(`associations.field.${f}`)).join(', ');
      case 'languages':
        return formatLanguages(values.languages, i18n.language);
      case 'active':
        return values.active ? t('common.yes') : t('common.no');
      default:
        return values[field];
    }
  };

  return (
    <>
      <h1 className="kern-heading-large">{t('associations.form.editTitle', { name: editor.base.name })}</h1>
      <AssociationForm
        form={form}
        onSubmit={editor.onSubmit}
        submitLabel={t('common.save')}
        otherErrors={editor.otherErrors}
        cancel={{ to: '/associations/$associationId', params: { associationId: editor.base.id } }}
        notice={<VersionConflict editor={editor} label={(field) => t(`associations.fields.${field}`)} show={show} />}
      />
    </>
  );
}
