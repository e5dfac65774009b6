import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/data/DataList';
import { ListFilters } from '../../../components/data/ListFilters';
import { ListResults } from '../../../components/data/ListResults';
import { listNavigation, pageParams } from '../../../components/data/listSearch';
import { parseSort } from '../../../components/data/sort';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { officeToday } from '../../../lib/today';
import { useMeetingActionList } from '../api/list-meeting-actions';
import { useMeetingActionColumns } from '../components/useMeetingActionColumns';
import { defaultMeetingActionSort, meetingActionSortFields, type MeetingActionSortField, meetingActionStatuses } from '../model';
import type { MeetingActionListSearch } from './search';

const route = getRouteApi('/meeting-actions');

const booleanOf = (value: string | undefined) => (value === undefined ? undefined : value === 'true');

/** The actions agreed in all network meetings, e.g. every open one by due date; each links to its meeting. */
export function MeetingActionsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('meetingActions.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<MeetingActionListSearch>((update) => void navigate({ search: update }));
  const params = pageParams(search, defaultMeetingActionSort);
  const query = useMeetingActionList({ ...params, status: search.status, overdue: search.overdue });
  const today = officeToday();
  const columns = useMeetingActionColumns(today);

  return (
    <>
      <h1 className="kern-heading-large">{t('meetingActions.title')}</h1>
      <p className="kern-body page-intro">{t('meetingActions.intro')}</p>
      <ListFilters
        key={`${search.q ?? ''}|${search.status ?? ''}|${String(search.overdue)}`}
        q={search.q}
        searchHint={t('meetingActions.searchHint')}
        selects={[
          {
            name: 'status',
            label: t('meetingActions.fields.status'),
            value: search.status,
            options: meetingActionStatuses.map((value) => ({ value, label: t(`meetingActions.status.${value}`) })),
          },
          {
            name: 'overdue',
            label: t('meetingActions.overdueFilter'),
            value: search.overdue === undefined ? undefined : String(search.overdue),
            options: [
              { value: 'true', label: t('meetingActions.overdueOnly') },
              { value: 'false', label: t('meetingActions.notOverdue') },
            ],
          },
        ]}
        onApply={({ q, status, overdue }) =>
          list.filter({ q, status: status as MeetingActionListSearch['status'], overdue: booleanOf(overdue) })
        }
        onReset={() => list.filter({ q: undefined, status: undefined, overdue: undefined })}
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('meetingActions.caption')}
            items={items}
            getKey={(action) => action.id}
            columns={columns}
            cardTitle={(action) => action.description}
            sort={parseSort<MeetingActionSortField>(params.sort)}
            sortFields={meetingActionSortFields}
            sortLabel={(field) => t(`meetingActions.sort.${field}`)}
            onSort={list.sort}
          />
        )}
      </ListResults>
    </>
  );
}
