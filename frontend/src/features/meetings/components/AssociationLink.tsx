import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAssociationName } from '../api/association-options';

/** An association a meeting refers to, named and linked to its page. */
export function AssociationLink({ associationId }: { associationId: string }) {
  const { t } = useTranslation();
  const name = useAssociationName(associationId);
  return (
    <Link to="/associations/$associationId" params={{ associationId }} className="kern-link">
      {name === undefined ? '…' : (name ?? t('meetings.detail.unknownAssociation'))}
    </Link>
  );
}
