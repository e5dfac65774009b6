import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Allowed } from '../../../auth/components/Allowed';
import { DataList } from '../../../components/data/DataList';
import { ListFilters } from '../../../components/data/ListFilters';
import { ListResults } from '../../../components/data/ListResults';
import { listNavigation, pageParams } from '../../../components/data/listSearch';
import { parseSort } from '../../../components/data/sort';
import { Flash } from '../../../components/feedback/Flash';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useNetworkMeetings } from '../api/list-network-meetings';
import { MeetingTitleLink, useMeetingColumns } from '../components/useMeetingColumns';
import { defaultMeetingSort, meetingFormats, meetingSortFields, type MeetingSortField } from '../model';
import type { MeetingListSearch } from './search';

const route = getRouteApi('/network-meetings');

export function NetworkMeetingsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('meetings.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<MeetingListSearch>((update) => void navigate({ search: update }));
  const params = pageParams(search, defaultMeetingSort);
  const query = useNetworkMeetings({ ...params, format: search.format, from: search.from, to: search.to });
  const columns = useMeetingColumns();

  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t('meetings.title')}</h1>
        <Allowed operation="createNetworkMeeting">
          <Link to="/network-meetings/new" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t('meetings.new')}</span>
          </Link>
        </Allowed>
      </div>
      <p className="kern-body page-intro">{t('meetings.intro')}</p>
      <Flash />
      <ListFilters
        key={`${search.q ?? ''}|${search.format ?? ''}|${search.from ?? ''}|${search.to ?? ''}`}
        q={search.q}
        searchHint={t('meetings.searchHint')}
        selects={[
          {
            name: 'format',
            label: t('meetings.fields.format'),
            value: search.format,
            options: meetingFormats.map((value) => ({ value, label: t(`meetings.format.${value}`) })),
          },
        ]}
        dates={[
          { name: 'from', label: t('meetings.filters.from'), value: search.from },
          { name: 'to', label: t('meetings.filters.to'), value: search.to },
        ]}
        onApply={(values) => list.filter(values)}
        onReset={() => list.filter({ q: undefined, format: undefined, from: undefined, to: undefined })}
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('meetings.caption')}
            items={items}
            getKey={(meeting) => meeting.id}
            columns={columns}
            cardTitle={(meeting) => <MeetingTitleLink meeting={meeting} />}
            sort={parseSort<MeetingSortField>(params.sort)}
            sortFields={meetingSortFields}
            sortLabel={(field) => t(`meetings.fields.${field}`)}
            onSort={list.sort}
          />
        )}
      </ListResults>
    </>
  );
}
