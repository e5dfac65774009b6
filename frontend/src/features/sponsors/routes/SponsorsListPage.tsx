import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/data/DataList';
import { ListFilters } from '../../../components/data/ListFilters';
import { ListResults } from '../../../components/data/ListResults';
import { listNavigation, pageParams } from '../../../components/data/listSearch';
import { parseSort } from '../../../components/data/sort';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { useSponsors } from '../api/list-sponsors';
import { sponsorName, useSponsorColumns } from '../components/useSponsorColumns';
import { defaultSponsorSort, sponsorSortFields, type SponsorSortField, sponsorStatuses } from '../model';
import type { SponsorListSearch } from './search';

const route = getRouteApi('/sponsors');

const booleanOf = (value: string | undefined) => (value === undefined ? undefined : value === 'true');

export function SponsorsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sponsors.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = listNavigation<SponsorListSearch>((update) => void navigate({ search: update }));
  const params = pageParams(search, defaultSponsorSort);
  const query = useSponsors({ ...params, status: search.status, trained: search.trained });
  const columns = useSponsorColumns();

  return (
    <>
      <h1 className="kern-heading-large">{t('sponsors.title')}</h1>
      <p className="kern-body page-intro">{t('sponsors.intro')}</p>
      <ListFilters
        key={`${search.q ?? ''}|${search.status ?? ''}|${String(search.trained)}`}
        q={search.q}
        searchHint={t('sponsors.searchHint')}
        selects={[
          {
            name: 'status',
            label: t('sponsors.fields.status'),
            value: search.status,
            options: sponsorStatuses.map((value) => ({ value, label: t(`sponsors.status.${value}`) })),
          },
          {
            name: 'trained',
            label: t('sponsors.fields.trained'),
            value: search.trained === undefined ? undefined : String(search.trained),
            options: [
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ],
          },
        ]}
        onApply={({ q, status, trained }) =>
          list.filter({ q, status: status as SponsorListSearch['status'], trained: booleanOf(trained) })
        }
        onReset={() => list.filter({ q: undefined, status: undefined, trained: undefined })}
      />
      <ListResults query={query} page={params.page + 1} size={params.size} onPageChange={list.page} onSizeChange={list.size}>
        {(items) => (
          <DataList
            caption={t('sponsors.caption')}
            items={items}
            getKey={(sponsor) => sponsor.id}
            columns={columns}
            cardTitle={sponsorName}
            sort={parseSort<SponsorSortField>(params.sort)}
            sortFields={sponsorSortFields}
            sortLabel={(field) => t(`sponsors.fields.${field}`)}
            onSort={list.sort}
          />
        )}
      </ListResults>
    </>
  );
}
