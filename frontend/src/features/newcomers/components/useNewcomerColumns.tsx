import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/data/DataList';
import { ContactLinks } from '../../../components/record/ContactLinks';
import { formatCountry, formatDate, formatLanguages } from '../../../lib/format';
import type { Newcomer, NewcomerSortField } from '../model';

export const newcomerName = (newcomer: Newcomer) => `${newcomer.lastName}, ${newcomer.firstName}`;

/** The newcomer's name ("Popescu, Elena") linked to the detail page. */
export function NewcomerNameLink({ newcomer }: { newcomer: Newcomer }) {
  return (
    <Link to="/newcomers/$newcomerId" params={{ newcomerId: newcomer.id }} className="kern-link">
      {newcomerName(newcomer)}
    </Link>
  );
}

/** The list leaves out the residence status: sensitive data belongs on the detail page only. */
export function useNewcomerColumns(): Column<Newcomer, NewcomerSortField>[] {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return [
    {
      id: 'name',
      header: t('newcomers.fields.name'),
      sortField: 'lastName',
      cell: (n) => <NewcomerNameLink newcomer={n} />,
      hideInCard: true,
    },
    {
      id: 'contact',
      header: t('newcomers.fields.contact'),
      cell: (n) => (n.phone || n.email ? <ContactLinks phone={n.phone} email={n.email} /> : t('common.none')),
    },
    {
      id: 'countryOfOrigin',
      header: t('newcomers.fields.countryOfOrigin'),
      sortField: 'countryOfOrigin',
      cell: (n) => formatCountry(n.countryOfOrigin, lang),
    },
    { id: 'languages', header: t('newcomers.fields.languages'), cell: (n) => formatLanguages(n.languages, lang) },
    {
      id: 'arrivalDate',
      header: t('newcomers.fields.arrivalDate'),
      sortField: 'arrivalDate',
      cell: (n) => formatDate(n.arrivalDate, lang),
    },
    { id: 'district', header: t('newcomers.fields.district'), sortField: 'district', cell: (n) => n.district },
    { id: 'householdSize', header: t('newcomers.fields.householdSize'), numeric: true, cell: (n) => n.householdSize },
    { id: 'status', header: t('newcomers.fields.status'), sortField: 'status', cell: (n) => t(`newcomers.status.${n.status}`) },
  ];
}
