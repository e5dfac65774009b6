import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../auth/me';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { listNewcomersQueryOptions } from '../../newcomers/api/list-newcomers';
import { listSponsorsQueryOptions } from '../../sponsors/api/list-sponsors';
import { type Subject, subjects } from '../model';
import { FilterActions, FilterInput, FilterSelect, formText } from './FilterFields';

const resultSize = 10;

/**
 * Finds a newcomer or sponsor by name and links to their data protection page. The name stays in
 * this form's state, not in the page's address (which browsers keep in their history).
 */
export function PersonSearch() {
  const { t } = useTranslation();
  const can = useCan();
  const formId = useId();
  const kinds = subjects.filter((subject) => can(subject === 'newcomers' ? 'listNewcomers' : 'listSponsors'));
  const [search, setSearch] = useState<{ subject: Subject; q: string } | null>(null);
  const params = { q: search?.q, size: resultSize, sort: 'lastName' };
  const newcomers = useQuery({ ...listNewcomersQueryOptions(params), enabled: search?.subject === 'newcomers' });
  const sponsors = useQuery({ ...listSponsorsQueryOptions(params), enabled: search?.subject === 'sponsors' });
  const query = search?.subject === 'sponsors' ? sponsors : newcomers;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const q = formText(data, 'q');
    const subject = data.get('subject') === 'sponsors' ? 'sponsors' : 'newcomers';
    setSearch(q ? { subject, q } : null);
  };
  if (kinds.length === 0) return null;

  return (
    <>
      <form role="search" className="filters" onSubmit={submit} aria-label={t('privacy.start.searchTitle')}>
        <FilterSelect
          formId={formId}
          name="subject"
          label={t('privacy.start.kind')}
          defaultValue={kinds[0]}
          options={kinds.map((subject) => ({ value: subject, label: t(`privacy.subject.${subject}`) }))}
        />
        <FilterInput
          formId={formId}
          name="q"
          type="search"
          label={t('privacy.start.name')}
          hint={t('privacy.start.nameHint')}
          wide
        />
        <FilterActions />
      </form>
      {search ? (
        <div aria-live="polite">
          {query.isPending ? <Loading /> : null}
          {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
          {query.data ? (
            query.data.items.length === 0 ? (
              <p className="kern-body">{t('privacy.start.noResults')}</p>
            ) : (
              <>
                {query.data.total > query.data.items.length ? (
                  <p className="kern-body">
                    {t('privacy.start.moreResults', { count: query.data.items.length, total: query.data.total })}
                  </p>
                ) : null}
                <ul className="kern-list" aria-label={t('privacy.start.results')}>
                  {query.data.items.map((person) => (
                    <li key={person.id}>
                      {search.subject === 'newcomers' ? (
                        <Link to="/privacy/newcomers/$newcomerId" params={{ newcomerId: person.id }} className="kern-link">
                          {person.lastName}, {person.firstName}
                        </Link>
                      ) : (
                        <Link to="/privacy/sponsors/$sponsorId" params={{ sponsorId: person.id }} className="kern-link">
                          {person.lastName}, {person.firstName}
                        </Link>
                      )}
                      {person.district ? ` (${person.district})` : null}
                    </li>
                  ))}
                </ul>
              </>
            )
          ) : null}
        </div>
      ) : null}
    </>
  );
}
