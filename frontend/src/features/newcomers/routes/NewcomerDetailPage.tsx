import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Allowed } from '../../../auth/components/Allowed';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Flash } from '../../../components/feedback/Flash';
import { Loading } from '../../../components/feedback/Loading';
import { EmailLink, PhoneLink } from '../../../components/record/ContactLinks';
import { Fact, Facts } from '../../../components/record/Facts';
import { ProjectReference } from '../../../components/record/ProjectReference';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { formatCountry, formatDate, formatInstant, formatLanguages } from '../../../lib/format';
import { useNewcomer } from '../api/get-newcomer';
import { DeleteNewcomer } from '../components/DeleteNewcomer';
import { NewcomerStatusBadge } from '../components/NewcomerStatusBadge';
import { newcomerFullName } from '../model';

const route = getRouteApi('/newcomers/$newcomerId');

/**
 * Everything the contract keeps about a newcomer, including the residence status (sensitive, so
 * shown here only, never in the list). Phone and e-mail are tappable.
 */
export function NewcomerDetailPage() {
  const { t, i18n } = useTranslation();
  const { newcomerId } = route.useParams();
  const query = useNewcomer(newcomerId);
  useDocumentTitle(query.data ? newcomerFullName(query.data) : t('newcomers.title'));
  const lang = i18n.language;
  const none = t('common.none');
  const newcomer = query.data;
  const residenceStatus = newcomer?.residenceStatus;

  return (
    <>
      <p className="back-link">
        <Link to="/newcomers" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          {t('newcomers.detail.toList')}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {newcomer ? (
        <>
          <div className="page-header">
            <hgroup>
              <p className="kern-preline">{t('newcomers.detail.preline')}</p>
              <h1 className="kern-heading-large">{newcomerFullName(newcomer)}</h1>
            </hgroup>
            <div className="page-header__actions">
              <Allowed operation="patchNewcomer">
                <Link to="/newcomers/$newcomerId/edit" params={{ newcomerId }} className="kern-btn kern-btn--primary">
                  <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                  <span className="kern-label">{t('common.edit')}</span>
                </Link>
              </Allowed>
              <Allowed operation="listNewcomerConsents">
                <Link to="/privacy/newcomers/$newcomerId" params={{ newcomerId }} className="kern-btn kern-btn--secondary">
                  <span className="kern-label">{t('newcomers.detail.privacy')}</span>
                </Link>
              </Allowed>
              <Allowed operation="deleteNewcomer">
                <DeleteNewcomer newcomer={newcomer} />
              </Allowed>
            </div>
          </div>
          <Flash />
          <Facts>
            <Fact label={t('newcomers.fields.status')}>
              <NewcomerStatusBadge status={newcomer.status} />
            </Fact>
            <Fact label={t('newcomers.fields.countryOfOrigin')}>{formatCountry(newcomer.countryOfOrigin, lang) || none}</Fact>
            <Fact label={t('newcomers.fields.languages')}>{formatLanguages(newcomer.languages, lang) || none}</Fact>
            <Fact label={t('newcomers.fields.arrivalDate')}>{formatDate(newcomer.arrivalDate, lang) || none}</Fact>
            <Fact label={t('newcomers.fields.district')}>{newcomer.district ?? none}</Fact>
            <Fact label={t('newcomers.fields.accommodation')}>{newcomer.accommodation ?? none}</Fact>
            <Fact label={t('newcomers.fields.householdSize')}>{newcomer.householdSize}</Fact>
            <Fact label={t('newcomers.fields.needs')}>
              {newcomer.needs.length > 0 ? newcomer.needs.map((need) => t(`newcomers.need.${need}`)).join(', ') : none}
            </Fact>
            {/* Left out by the API for roles without the need (e.g. volunteer coordination). */}
            {residenceStatus !== undefined ? (
              <>
                <Fact label={t('newcomers.fields.residenceStatus')}>{t(`newcomers.residenceStatus.${residenceStatus}`)}</Fact>
                <Fact label={t('newcomers.fields.phone')}>{newcomer.phone ? <PhoneLink phone={newcomer.phone} /> : none}</Fact>
                <Fact label={t('newcomers.fields.email')}>{newcomer.email ? <EmailLink email={newcomer.email} /> : none}</Fact>
                <Fact label={t('newcomers.fields.consentGivenAt')}>
                  {newcomer.consentGivenAt ? formatInstant(newcomer.consentGivenAt, lang) : t('newcomers.detail.noConsent')}
                </Fact>
              </>
            ) : null}
            <Fact label={t('newcomers.fields.projectId')}>
              <ProjectReference projectId={newcomer.projectId} />
            </Fact>
            <Fact label={t('newcomers.fields.notes')}>
              {newcomer.notes ? <span style={{ whiteSpace: 'pre-line' }}>{newcomer.notes}</span> : none}
            </Fact>
            <Fact label={t('newcomers.fields.createdAt')}>{formatInstant(newcomer.createdAt, lang)}</Fact>
            <Fact label={t('newcomers.fields.updatedAt')}>{formatInstant(newcomer.updatedAt, lang)}</Fact>
          </Facts>
        </>
      ) : null}
    </>
  );
}
