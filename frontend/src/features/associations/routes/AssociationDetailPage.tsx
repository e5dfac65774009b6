import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Allowed } from '../../../auth/components/Allowed';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Flash } from '../../../components/feedback/Flash';
import { Loading } from '../../../components/feedback/Loading';
import { EmailLink, PhoneLink } from '../../../components/record/ContactLinks';
import { Fact, Facts } from '../../../components/record/Facts';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { formatInstant, formatLanguages, formatNumber } from '../../../lib/format';
import { useAssociation } from '../api/get-association';
import { AssociationActiveBadge } from '../components/AssociationActiveBadge';
import { DeleteAssociation } from '../components/DeleteAssociation';
import { WebsiteLink } from '../components/WebsiteLink';

const route = getRouteApi('/associations/$associationId');

export function AssociationDetailPage() {
  const { t, i18n } = useTranslation();
  const { associationId } = route.useParams();
  const query = useAssociation(associationId);
  useDocumentTitle(query.data?.name ?? t('associations.title'));
  const lang = i18n.language;
  const none = t('common.none');
  const association = query.data;

  return (
    <>
      <p className="back-link">
        <Link to="/associations" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          {t('associations.detail.toList')}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {association ? (
        <>
          <div className="page-header">
            <hgroup>
              <p className="kern-preline">{t(`associations.kind.${association.kind}`)}</p>
              <h1 className="kern-heading-large">{association.name}</h1>
            </hgroup>
            <div className="page-header__actions">
              <Allowed operation="replaceAssociation">
                <Link to="/associations/$associationId/edit" params={{ associationId }} className="kern-btn kern-btn--primary">
                  <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                  <span className="kern-label">{t('common.edit')}</span>
                </Link>
              </Allowed>
              <Allowed operation="deleteAssociation">
                <DeleteAssociation association={association} />
              </Allowed>
            </div>
          </div>
          <Flash />
          <Facts>
            <Fact label={t('associations.fields.kind')}>{t(`associations.kind.${association.kind}`)}</Fact>
            <Fact label={t('associations.fields.fields')}>
              {association.fields.length > 0
                ? association.fields.map((field) => t(`associations.field.${field}`)).join(', ')
                : none}
            </Fact>
            <Fact label={t('associations.fields.active')}>
              <AssociationActiveBadge active={association.active} />
            </Fact>
            <Fact label={t('associations.fields.contactName')}>{association.contactName ?? none}</Fact>
            <Fact label={t('associations.fields.phone')}>
              {association.phone ? <PhoneLink phone={association.phone} /> : none}
            </Fact>
            <Fact label={t('associations.fields.email')}>
              {association.email ? <EmailLink email={association.email} /> : none}
            </Fact>
            <Fact label={t('associations.fields.address')}>{association.address ?? none}</Fact>
            <Fact label={t('associations.fields.district')}>{association.district ?? none}</Fact>
            <Fact label={t('associations.fields.languages')}>{formatLanguages(association.languages, lang) || none}</Fact>
            <Fact label={t('associations.fields.memberCount')}>
              {association.memberCount === undefined ? none : formatNumber(association.memberCount, lang)}
            </Fact>
            <Fact label={t('associations.fields.website')}>
              {association.website ? <WebsiteLink website={association.website} /> : none}
            </Fact>
            <Fact label={t('associations.fields.createdAt')}>{formatInstant(association.createdAt, lang)}</Fact>
            <Fact label={t('associations.fields.updatedAt')}>{formatInstant(association.updatedAt, lang)}</Fact>
          </Facts>
          <section aria-labelledby="association-notes-heading" className="section">
            <h2 id="association-notes-heading" className="kern-heading-medium">
              {t('associations.fields.notes')}
            </h2>
            <p className="kern-body" style={{ whiteSpace: 'pre-line' }}>
              {association.notes ?? t('associations.detail.noNotes')}
            </p>
          </section>
        </>
      ) : null}
    </>
  );
}
