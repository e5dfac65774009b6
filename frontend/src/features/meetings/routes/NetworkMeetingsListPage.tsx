import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/data/DataList';
import { ListFilters } from '../../../components/data/ListFilters';
import { ListResults } from '../../../components/data/ListResults';
import { listNavigation, pageParams } from '../../../components/data/listSearch';
import { parseSort } from '../../../components/data/sort';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useNetworkMeetings } from '../api/list-network-meetings';
import { useMeetingColumns } from '../components/useMeetingColumns';
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
  const query = useNetworkMeetings({ ...params, format: search.format });
  const columns = useMeetingColumns();

  return (
    <>
      <h1 className="kern-heading-large">{t('meetings.title')}</h1>
      <p className="kern-body page-intro">{t('meetings.intro')}</p>
      <ListFilters
        key={`${search.q ?? ''}|${search.format ?? ''}`}
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
        onApply={(values) => list.filter(values)}
        onReset={() => list.filter({ q: undefined, format: undefined })}
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('meetings.caption')}
            items={items}
            getKey={(meeting) => meeting.id}
            columns={columns}
            cardTitle={(meeting) => meeting.title}
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
