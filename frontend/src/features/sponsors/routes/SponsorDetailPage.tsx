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
import { formatDate, formatInstant, formatLanguages } from '../../../lib/format';
import { useSponsor } from '../api/get-sponsor';
import { DeleteSponsor } from '../components/DeleteSponsor';
import { SponsorStatusBadge } from '../components/SponsorStatusBadge';
import { sponsorFullName } from '../model';

const route = getRouteApi('/sponsors/$sponsorId');

/** Everything the contract keeps about a sponsor; phone and e-mail are tappable. */
export function SponsorDetailPage() {
  const { t, i18n } = useTranslation();
  const { sponsorId } = route.useParams();
  const query = useSponsor(sponsorId);
  useDocumentTitle(query.data ? sponsorFullName(query.data) : t('sponsors.title'));
  const lang = i18n.language;
  const none = t('common.none');
  const sponsor = query.data;

  return (
    <>
      <p className="back-link">
        <Link to="/sponsors" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          {t('sponsors.detail.toList')}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {sponsor ? (
        <>
          <div className="page-header">
            <hgroup>
              <p className="kern-preline">{t('sponsors.detail.preline')}</p>
              <h1 className="kern-heading-large">{sponsorFullName(sponsor)}</h1>
            </hgroup>
            <div className="page-header__actions">
              <Allowed operation="replaceSponsor">
                <Link to="/sponsors/$sponsorId/edit" params={{ sponsorId }} className="kern-btn kern-btn--primary">
                  <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                  <span className="kern-label">{t('common.edit')}</span>
                </Link>
              </Allowed>
              <Allowed operation="listSponsorConsents">
                <Link to="/privacy/sponsors/$sponsorId" params={{ sponsorId }} className="kern-btn kern-btn--secondary">
                  <span className="kern-label">{t('sponsors.detail.privacy')}</span>
                </Link>
              </Allowed>
              <Allowed operation="deleteSponsor">
                <DeleteSponsor sponsor={sponsor} />
              </Allowed>
            </div>
          </div>
          <Flash />
          <Facts>
            <Fact label={t('sponsors.fields.status')}>
              <SponsorStatusBadge status={sponsor.status} />
            </Fact>
            <Fact label={t('sponsors.fields.phone')}>{sponsor.phone ? <PhoneLink phone={sponsor.phone} /> : none}</Fact>
            <Fact label={t('sponsors.fields.email')}>{sponsor.email ? <EmailLink email={sponsor.email} /> : none}</Fact>
            <Fact label={t('sponsors.fields.district')}>{sponsor.district ?? none}</Fact>
            <Fact label={t('sponsors.fields.languages')}>{formatLanguages(sponsor.languages, lang) || none}</Fact>
            <Fact label={t('sponsors.fields.interests')}>
              {sponsor.interests.length > 0 ? sponsor.interests.join(', ') : none}
            </Fact>
            <Fact label={t('sponsors.fields.availability')}>{sponsor.availability ?? none}</Fact>
            <Fact label={t('sponsors.fields.trainingCompletedOn')}>
              {sponsor.trainingCompletedOn ? formatDate(sponsor.trainingCompletedOn, lang) : t('sponsors.detail.notTrained')}
            </Fact>
            <Fact label={t('sponsors.fields.maxMentees')}>{t('sponsors.detail.mentees', { count: sponsor.maxMentees })}</Fact>
            <Fact label={t('sponsors.fields.consentGivenAt')}>
              {sponsor.consentGivenAt ? formatInstant(sponsor.consentGivenAt, lang) : t('sponsors.detail.noConsent')}
            </Fact>
            <Fact label={t('sponsors.fields.projectId')}>
              <ProjectReference projectId={sponsor.projectId} />
            </Fact>
            <Fact label={t('sponsors.fields.notes')}>
              {sponsor.notes ? <span style={{ whiteSpace: 'pre-line' }}>{sponsor.notes}</span> : none}
            </Fact>
            <Fact label={t('sponsors.fields.createdAt')}>{formatInstant(sponsor.createdAt, lang)}</Fact>
            <Fact label={t('sponsors.fields.updatedAt')}>{formatInstant(sponsor.updatedAt, lang)}</Fact>
          </Facts>
        </>
      ) : null}
    </>
  );
}
