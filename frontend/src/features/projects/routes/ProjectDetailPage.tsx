import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Allowed } from '../../../auth/components/Allowed';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Flash } from '../../../components/feedback/Flash';
import { Loading } from '../../../components/feedback/Loading';
import { Fact, Facts } from '../../../components/record/Facts';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { formatDate, formatInstant, formatPercent } from '../../../lib/format';
import { useProject } from '../api/get-project';
import { DeleteProject } from '../components/DeleteProject';
import { MilestoneList } from '../components/MilestoneList';
import { ProjectStatusBadge } from '../components/ProjectStatusBadge';

const route = getRouteApi('/projects/$projectId');

export function ProjectDetailPage() {
  const { t, i18n } = useTranslation();
  const { projectId } = route.useParams();
  const query = useProject(projectId);
  useDocumentTitle(query.data?.name ?? t('projects.title'));
  const lang = i18n.language;
  const none = t('common.none');

  return (
    <>
      <p className="back-link">
        <Link to="/projects" className="kern-link">
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          {t('projects.detail.toList')}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <>
          <div className="page-header">
            <hgroup>
              <p className="kern-preline">{query.data.code}</p>
              <h1 className="kern-heading-large">{query.data.name}</h1>
            </hgroup>
            <div className="page-header__actions">
              <Allowed operation="replaceProject">
                <Link to="/projects/$projectId/edit" params={{ projectId }} className="kern-btn kern-btn--primary">
                  <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                  <span className="kern-label">{t('common.edit')}</span>
                </Link>
              </Allowed>
              <Allowed operation="deleteProject">
                <DeleteProject project={query.data} />
              </Allowed>
            </div>
          </div>
          <Flash />
          {query.data.description ? <p className="kern-body kern-body--large">{query.data.description}</p> : null}
          <Facts>
            <Fact label={t('projects.fields.status')}>
              <ProjectStatusBadge status={query.data.status} />
            </Fact>
            <Fact label={t('projects.fields.period')}>
              {query.data.startDate || query.data.endDate
                ? `${formatDate(query.data.startDate, lang) || none} – ${formatDate(query.data.endDate, lang) || none}`
                : none}
            </Fact>
            <Fact label={t('projects.fields.fundingProgramme')}>{query.data.fundingProgramme ?? none}</Fact>
            <Fact label={t('projects.fields.funder')}>{query.data.funder ?? none}</Fact>
            <Fact label={t('projects.fields.actionFields')}>
              {query.data.actionFields.length > 0
                ? query.data.actionFields.map((field) => t(`projects.actionField.${field}`)).join(', ')
                : none}
            </Fact>
            <Fact label={t('projects.fields.staffSharePercent')}>
              {query.data.staffSharePercent === undefined ? none : formatPercent(query.data.staffSharePercent, lang)}
            </Fact>
            <Fact label={t('projects.fields.lead')}>{query.data.lead ?? none}</Fact>
            <Fact label={t('projects.fields.coordinator')}>{query.data.coordinator ?? none}</Fact>
            <Fact label={t('projects.fields.updatedAt')}>{formatInstant(query.data.updatedAt, lang)}</Fact>
          </Facts>
          <section aria-labelledby="milestones-heading" className="section">
            <h2 id="milestones-heading" className="kern-heading-medium">
              {t('projects.detail.milestones')}
            </h2>
            <MilestoneList projectId={projectId} />
          </section>
        </>
      ) : null}
    </>
  );
}
