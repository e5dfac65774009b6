import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../auth/me';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { usePersonRecord } from '../api/person';
import { ConsentsSection } from '../components/ConsentsSection';
import { ErasureSection } from '../components/ErasureSection';
import { ExportSection } from '../components/ExportSection';
import { HistorySection } from '../components/HistorySection';
import { type KnownHold, LegalHoldSection } from '../components/LegalHoldSection';
import { type Person, subjectOperations } from '../model';
import '../components/privacy.css';
import { usePrivacyTexts } from '../i18n/texts';

const newcomerRoute = getRouteApi('/privacy/newcomers/$newcomerId');
const sponsorRoute = getRouteApi('/privacy/sponsors/$sponsorId');

export function NewcomerPrivacyPage() {
  usePrivacyTexts();
  const { newcomerId } = newcomerRoute.useParams();
  return <PersonPrivacyPage key={newcomerId} person={{ subject: 'newcomers', id: newcomerId }} />;
}

export function SponsorPrivacyPage() {
  usePrivacyTexts();
  const { sponsorId } = sponsorRoute.useParams();
  return <PersonPrivacyPage key={sponsorId} person={{ subject: 'sponsors', id: sponsorId }} />;
}

/**
 * Everything data protection about one person: consents, Art. 15 export, legal hold, Art. 17
 * erasure and the record's history. Each part shows only for roles the access matrix allows it.
 */
function PersonPrivacyPage({ person }: { person: Person }) {
  const { t } = useTranslation();
  const can = useCan();
  const operations = subjectOperations[person.subject];
  const record = usePersonRecord(person);
  const name = record.data ? `${record.data.firstName} ${record.data.lastName}` : undefined;
  useDocumentTitle(name ? `${t('privacy.person.title')}: ${name}` : t('privacy.person.title'));
  const [hold, setHold] = useState<KnownHold | null | undefined>(undefined);

  return (
    <>
      <p className="back-link">
        {person.subject === 'newcomers' ? (
          <Link to="/newcomers/$newcomerId" params={{ newcomerId: person.id }} className="kern-link">
            <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
            {t('privacy.person.toRecord')}
          </Link>
        ) : (
          <Link to="/sponsors/$sponsorId" params={{ sponsorId: person.id }} className="kern-link">
            <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
            {t('privacy.person.toRecord')}
          </Link>
        )}
      </p>
      {record.isPending ? <Loading /> : null}
      {record.isError ? <ErrorAlert error={record.error} onRetry={() => void record.refetch()} /> : null}
      {name !== undefined ? (
        <>
          <hgroup>
            <p className="kern-preline">{t(`privacy.person.preline.${person.subject}`)}</p>
            <h1 className="kern-heading-large">{name}</h1>
          </hgroup>
          {can('listAuditEvents') ? (
            <p className="kern-body">
              <Link to="/privacy/audit" search={{ resourceId: person.id }} className="kern-link">
                {t('privacy.audit.sameRecord')}
              </Link>
            </p>
          ) : null}
          <ConsentsSection person={person} canGive={can(operations.giveConsent)} canWithdraw={can(operations.withdrawConsent)} />
          {can(operations.export) ? <ExportSection person={person} /> : null}
          {can(operations.setLegalHold) ? <LegalHoldSection person={person} hold={hold} onChange={setHold} /> : null}
          {can(operations.erase) ? (
            <ErasureSection person={person} name={name} onHeld={(reason) => setHold((known) => known ?? { reason })} />
          ) : null}
          {can(operations.history) ? <HistorySection person={person} /> : null}
        </>
      ) : null}
    </>
  );
}
