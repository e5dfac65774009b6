import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/data/DataList';
import { ContactLinks } from '../../../components/record/ContactLinks';
import { formatLanguages, formatNumber } from '../../../lib/format';
import type { Association, AssociationSortField } from '../model';

export function AssociationNameLink({ association }: { association: Association }) {
  return (
    <Link to="/associations/$associationId" params={{ associationId: association.id }} className="kern-link">
      {association.name}
    </Link>
  );
}

/** The columns of the associations list (and the facts of an association's card on phones). */
export function useAssociationColumns(): Column<Association, AssociationSortField>[] {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return [
    {
      id: 'name',
      header: t('associations.fields.name'),
      sortField: 'name',
      cell: (a) => <AssociationNameLink association={a} />,
      hideInCard: true,
    },
    { id: 'kind', header: t('associations.fields.kind'), sortField: 'kind', cell: (a) => t(`associations.kind.${a.kind}`) },
    {
      id: 'fields',
      header: t('associations.fields.fields'),
      cell: (a) => a.fields.map((field) => t(`associations.field.${field}`)).join(', '),
    },
    { id: 'district', header: t('associations.fields.district'), sortField: 'district', cell: (a) => a.district },
    { id: 'languages', header: t('associations.fields.languages'), cell: (a) => formatLanguages(a.languages, lang) },
    {
      id: 'memberCount',
      header: t('associations.fields.memberCount'),
      sortField: 'memberCount',
      numeric: true,
      cell: (a) => formatNumber(a.memberCount, lang),
    },
    { id: 'active', header: t('associations.fields.active'), cell: (a) => (a.active ? t('common.yes') : t('common.no')) },
    {
      id: 'contact',
      header: t('associations.fields.contact'),
      cell: (a) => (
        <>
          {a.contactName}
          <ContactLinks phone={a.phone} email={a.email} />
        </>
      ),
    },
  ];
}
