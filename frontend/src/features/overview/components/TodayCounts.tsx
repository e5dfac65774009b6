import { useQuery } from '@tanstack/react-query';
import { Link, linkOptions, type LinkProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type OperationId, useCan } from '../../../auth/me';
import { formatNumber } from '../../../lib/format';
import { officeToday } from '../../../lib/today';
import { openActionsCountQueryOptions } from '../api/count-open-actions';
import { activeSponsorsCountQueryOptions } from '../api/count-active-sponsors';
import { runningProjectsCountQueryOptions } from '../api/count-running-projects';
import { upcomingMeetingsCountQueryOptions } from '../api/count-upcoming-meetings';
import { waitingNewcomersCountQueryOptions } from '../api/count-waiting-newcomers';

type CountKey = 'runningProjects' | 'activeSponsors' | 'waitingNewcomers' | 'upcomingMeetings' | 'openActions';

/** The list operation behind each count: a user sees the counts of the lists they may open. */
const countOperations: Record<CountKey, OperationId> = {
  runningProjects: 'listProjects',
  activeSponsors: 'listSponsors',
  waitingNewcomers: 'listNewcomers',
  upcomingMeetings: 'listNetworkMeetings',
  openActions: 'listMeetingActionsAcrossMeetings',
};

/** The counts that matter today; each card is one link to the list it counts. */
export function TodayCounts() {
  const { t } = useTranslation();
  const can = useCan();
  const today = officeToday();
  // The meetings list from today on, the next meeting first. (`from` is the API's filter; the list
  // page passes it on once its search schema knows it.)
  const upcomingMeetings = { from: today, sort: 'startsAt' };
  if (!Object.values(countOperations).some(can)) return null;
  return (
    <section aria-labelledby="overview-today" className="section">
      <h2 id="overview-today" className="kern-heading-medium">
        {t('overview.today')}
      </h2>
      <ul className="stat-list today-counts">
        <CountCard
          name="runningProjects"
          query={runningProjectsCountQueryOptions()}
          link={linkOptions({ to: '/projects', search: { status: 'RUNNING' } })}
        />
        <CountCard
          name="activeSponsors"
          query={activeSponsorsCountQueryOptions()}
          link={linkOptions({ to: '/sponsors', search: { status: 'ACTIVE' } })}
        />
        <CountCard
          name="waitingNewcomers"
          query={waitingNewcomersCountQueryOptions()}
          link={linkOptions({ to: '/newcomers', search: { status: 'WAITING' } })}
        />
        <CountCard
          name="upcomingMeetings"
          query={upcomingMeetingsCountQueryOptions(today)}
          link={linkOptions({ to: '/network-meetings', search: upcomingMeetings })}
        />
        <CountCard
          name="openActions"
          query={openActionsCountQueryOptions()}
          link={linkOptions({ to: '/meeting-actions', search: { status: 'OPEN' } })}
        />
      </ul>
    </section>
  );
}

interface CountCardProps {
  name: CountKey;
  /** Every count's query options have this shape: a number under a `[resource, 'count', filter]` key. */
  query: ReturnType<typeof runningProjectsCountQueryOptions>;
  link: LinkProps;
}

function CountCard(props: CountCardProps) {
  return useCan()(countOperations[props.name]) ? <AllowedCountCard {...props} /> : null;
}

function AllowedCountCard({ name, query, link }: CountCardProps) {
  const { t, i18n } = useTranslation();
  const count = useQuery(query);
  let value: string;
  if (count.data !== undefined) value = formatNumber(count.data, i18n.language);
  else if (count.isError) value = t('common.none');
  else value = '…';
  return (
    <li className="kern-card stat-list__item">
      <Link {...link} className="stat-list__link today-counts__link">
        <span className="stat-list__value">{value}</span>
        <span className="stat-list__label">{t(`overview.counts.${name}`)}</span>
        {count.isError ? <span className="kern-body kern-body--small">{t('overview.countFailed')}</span> : null}
      </Link>
    </li>
  );
}
