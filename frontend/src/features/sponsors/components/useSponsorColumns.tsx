import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/data/DataList';
import { ContactLinks } from '../../../components/record/ContactLinks';
import { formatDate, formatLanguages } from '../../../lib/format';
import type { Sponsor, SponsorSortField } from '../model';

export const sponsorName = (sponsor: Sponsor) => `${sponsor.lastName}, ${sponsor.firstName}`;

/** The sponsor's name ("Beispiel, Anna") linked to the detail page. */
export function SponsorNameLink({ sponsor }: { sponsor: Sponsor }) {
  return (
    <Link to="/sponsors/$sponsorId" params={{ sponsorId: sponsor.id }} className="kern-link">
      {sponsorName(sponsor)}
    </Link>
  );
}

export function useSponsorColumns(): Column<Sponsor, SponsorSortField>[] {
  const { t, i18n } = useTranslation();
  return [
    {
      id: 'name',
      header: t('sponsors.fields.name'),
      sortField: 'lastName',
      cell: (s) => <SponsorNameLink sponsor={s} />,
      hideInCard: true,
    },
    {
      id: 'contact',
      header: t('sponsors.fields.contact'),
      cell: (s) => (s.phone || s.email ? <ContactLinks phone={s.phone} email={s.email} /> : t('common.none')),
    },
    { id: 'district', header: t('sponsors.fields.district'), sortField: 'district', cell: (s) => s.district },
    { id: 'languages', header: t('sponsors.fields.languages'), cell: (s) => formatLanguages(s.languages, i18n.language) },
    { id: 'status', header: t('sponsors.fields.status'), sortField: 'status', cell: (s) => t(`sponsors.status.${s.status}`) },
    {
      id: 'trainingCompletedOn',
      header: t('sponsors.fields.trainingCompletedOn'),
      sortField: 'trainingCompletedOn',
      cell: (s) => formatDate(s.trainingCompletedOn, i18n.language),
    },
    { id: 'maxMentees', header: t('sponsors.fields.maxMentees'), numeric: true, cell: (s) => s.maxMentees },
  ];
}
