import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Allowed } from '../../../auth/components/Allowed';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Flash } from '../../../components/feedback/Flash';
import { Loading } from '../../../components/feedback/Loading';
import { Fact, Facts } from '../../../components/record/Facts';
import { ProjectReference } from '../../../components/record/ProjectReference';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { formatInstant } from '../../../lib/format';
import { useNetworkMeeting } from '../api/get-network-meeting';
import { ActionsSection } from '../components/ActionsSection';
import { AssociationLink } from '../components/AssociationLink';
import { DeleteMeeting } from '../components/DeleteMeeting';
import { ParticipantsSection } from '../components/ParticipantsSection';

const route = getRouteApi('/network-meetings/$meetingId');

export function MeetingDetailPage() {
  const { t, i18n } = useTranslation();
  const { meetingId } = route.useParams();
  const query = useNetworkMeeting(meetingId);
  useDocumentTitle(query.data?.title ?? t('meetings.title'));
  const lang = i18n.language;
  const none = t('common.none');
  const meeting = query.data;

  return (
    <>
      <p className="back-link">
        <Link to="/network-meetings" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          {t('meetings.detail.toList')}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {meeting ? (
        <>
          <div className="page-header">
            <hgroup>
              <p className="kern-preline">{t(`meetings.format.${meeting.format}`)}</p>
              <h1 className="kern-heading-large">{meeting.title}</h1>
            </hgroup>
            <div className="page-header__actions">
              <Allowed operation="replaceNetworkMeeting">
                <Link to="/network-meetings/$meetingId/edit" params={{ meetingId }} className="kern-btn kern-btn--primary">
                  <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                  <span className="kern-label">{t('common.edit')}</span>
                </Link>
              </Allowed>
              <Allowed operation="deleteNetworkMeeting">
                <DeleteMeeting meeting={meeting} />
              </Allowed>
            </div>
          </div>
          <Flash />
          <Facts>
            <Fact label={t('meetings.fields.format')}>{t(`meetings.format.${meeting.format}`)}</Fact>
            <Fact label={t('meetings.fields.startsAt')}>{formatInstant(meeting.startsAt, lang)}</Fact>
            <Fact label={t('meetings.fields.endsAt')}>{formatInstant(meeting.endsAt, lang) || none}</Fact>
            <Fact label={t('meetings.fields.location')}>{meeting.location ?? none}</Fact>
            <Fact label={t('meetings.fields.hostAssociationId')}>
              {meeting.hostAssociationId ? <AssociationLink associationId={meeting.hostAssociationId} /> : none}
            </Fact>
            <Fact label={t('meetings.fields.projectId')}>
              <ProjectReference projectId={meeting.projectId} />
            </Fact>
            <Fact label={t('meetings.fields.actionFields')}>
              {meeting.actionFields.length > 0
                ? meeting.actionFields.map((field) => t(`meetings.actionField.${field}`)).join(', ')
                : none}
            </Fact>
            <Fact label={t('meetings.fields.topics')}>{meeting.topics.length > 0 ? meeting.topics.join(', ') : none}</Fact>
            <Fact label={t('meetings.fields.updatedAt')}>{formatInstant(meeting.updatedAt, lang)}</Fact>
          </Facts>
          <section aria-labelledby="minutes-heading" className="section">
            <h2 id="minutes-heading" className="kern-heading-medium">
              {t('meetings.fields.minutes')}
            </h2>
            <p className="kern-body" style={{ whiteSpace: 'pre-line' }}>
              {meeting.minutes ?? t('meetings.detail.noMinutes')}
            </p>
          </section>
          <ParticipantsSection meetingId={meetingId} />
          <ActionsSection meetingId={meetingId} />
        </>
      ) : null}
    </>
  );
}
