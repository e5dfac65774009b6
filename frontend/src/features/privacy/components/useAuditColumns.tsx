import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/data/DataList';
import { formatInstant } from '../../../lib/format';
import { type AuditEvent, type AuditSortField, isKnownResourceType } from '../model';
import { useFieldLabel } from './field-label';

export function useResourceTypeLabel(): (type: string) => string {
  const { t } = useTranslation();
  return (type) => (isKnownResourceType(type) ? t(`privacy.resourceType.${type}`) : type);
}

/** Who acted: the account, and whether a person (with their roles then), a tool or a job of Lotse. */
function Actor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  // A tool's scopes (`lotse.read`) have no label and show as they are.
  const roleLabel = (role: string) => t([`auth.roles.${role}`], { defaultValue: role });
  const details = [t(`privacy.audit.actorKind.${event.actorKind}`), ...event.actorRoles.map(roleLabel)].join(', ');
  return (
    <>
      {event.actor}
      <br />
      <span className="kern-body kern-body--small kern-body--muted">{details}</span>
    </>
  );
}

/** The kind of record, its ID as a link to all its entries, and for a person their data protection page. */
function Resource({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const typeLabel = useResourceTypeLabel();
  return (
    <>
      {typeLabel(event.resourceType)}
      <br />
      <Link
        to="/privacy/audit"
        search={(previous) => ({ ...previous, resourceId: event.resourceId, page: undefined })}
        className="kern-link"
      >
        <code>{event.resourceId.slice(0, 8)}…</code>
        <span className="kern-sr-only"> {t('privacy.audit.sameRecord')}</span>
      </Link>
      {event.resourceType === 'newcomer' ? (
        <>
          <br />
          <Link to="/privacy/newcomers/$newcomerId" params={{ newcomerId: event.resourceId }} className="kern-link">
            {t('privacy.audit.personPage')}
          </Link>
        </>
      ) : null}
      {event.resourceType === 'sponsor' ? (
        <>
          <br />
          <Link to="/privacy/sponsors/$sponsorId" params={{ sponsorId: event.resourceId }} className="kern-link">
            {t('privacy.audit.personPage')}
          </Link>
        </>
      ) : null}
    </>
  );
}

export function useAuditColumns(): Column<AuditEvent, AuditSortField>[] {
  const { t, i18n } = useTranslation();
  const fieldLabel = useFieldLabel();
  const none = t('common.none');
  return [
    {
      id: 'occurredAt',
      header: t('privacy.audit.fields.occurredAt'),
      sortField: 'occurredAt',
      cell: (event) => formatInstant(event.occurredAt, i18n.language),
      hideInCard: true,
    },
    { id: 'actor', header: t('privacy.audit.fields.actor'), sortField: 'actor', cell: (event) => <Actor event={event} /> },
    { id: 'action', header: t('privacy.audit.fields.action'), cell: (event) => t(`privacy.audit.action.${event.action}`) },
    {
      id: 'operation',
      header: t('privacy.audit.fields.operation'),
      sortField: 'operation',
      cell: (event) => (event.operation ? <code>{event.operation}</code> : none),
    },
    {
      id: 'resource',
      header: t('privacy.audit.fields.resourceType'),
      sortField: 'resourceType',
      cell: (event) => <Resource event={event} />,
    },
    {
      id: 'fields',
      header: t('privacy.audit.fields.fields'),
      cell: (event) =>
        event.fields.length > 0 ? event.fields.map((field) => fieldLabel(event.resourceType, field)).join(', ') : none,
    },
  ];
}
