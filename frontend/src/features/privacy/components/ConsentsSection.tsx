import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Alert } from '../../../components/feedback/Alert';
import { ConfirmDialog } from '../../../components/feedback/ConfirmDialog';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { InlineForm } from '../../../components/record/InlineForm';
import { formatInstant } from '../../../lib/format';
import { focusLater } from '../../meetings/components/focus';
import { consentPageSize, useConsents, useWithdrawConsent } from '../api/consents';
import { type Consent, type ConsentPurpose, consentPurposes, type Person } from '../model';
import { GiveConsentForm } from './GiveConsentForm';
import { Section } from './Section';

const headingId = 'consents-heading';
const listHeadingId = 'consents-list-heading';

interface ConsentsSectionProps {
  person: Person;
  canGive: boolean;
  canWithdraw: boolean;
}

/**
 * The person's consents: what each purpose allows now, every consent given (withdrawn ones stay,
 * marked and with what the withdrawal means), recording a new one and withdrawing one after a question.
 */
export function ConsentsSection({ person, canGive, canWithdraw }: ConsentsSectionProps) {
  const { t, i18n } = useTranslation();
  const query = useConsents(person);
  const withdraw = useWithdrawConsent(person);
  const [adding, setAdding] = useState(false);
  const [asked, setAsked] = useState<Consent | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const date = (instant: string) => formatInstant(instant, i18n.language);
  const purposeLabel = (purpose: ConsentPurpose) => t(`privacy.consents.purpose.${purpose}`);

  const items = query.data?.items ?? [];
  const free = consentPurposes.filter((purpose) => !items.some((consent) => consent.inForce && consent.purpose === purpose));

  const closeDialog = () => {
    setAsked(null);
    withdraw.reset();
  };
  const confirmWithdraw = () => {
    if (!asked) return;
    withdraw.mutate(asked.id, {
      onSuccess: (consent) => {
        closeDialog();
        setMessage(t('privacy.consents.withdrawDone', { purpose: purposeLabel(consent.purpose) }));
        focusLater(listHeadingId);
      },
    });
  };
  const alreadyWithdrawn = withdraw.error instanceof ApiError && withdraw.error.kind === 'already-withdrawn';

  return (
    <Section id={headingId} title={t('privacy.consents.title')} intro={t('privacy.consents.intro')}>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <>
          <h3 className="kern-heading-small">{t('privacy.consents.purposesTitle')}</h3>
          <ul className="privacy-purposes">
            {query.data.purposes.map((status) => (
              <li key={status.purpose}>
                <span className="kern-body">{purposeLabel(status.purpose)}</span>
                <span className={`kern-badge ${status.allowed ? 'kern-badge--success' : 'badge-neutral'}`}>
                  <span className="kern-label">
                    {status.allowed
                      ? status.givenAt
                        ? t('privacy.consents.allowedSince', { date: date(status.givenAt) })
                        : t('privacy.consents.allowed')
                      : t('privacy.consents.notAllowed')}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <p className="kern-body kern-body--small kern-body--muted">{t('privacy.consents.purposesHint')}</p>

          <h3 id={listHeadingId} className="kern-heading-small" tabIndex={-1}>
            {t('privacy.consents.listTitle')}
          </h3>
          {message ? <Alert variant="success" title={message} role="status" headingLevel={3} /> : null}
          {items.length === 0 ? <p className="kern-body">{t('privacy.consents.none')}</p> : null}
          {query.data.total > items.length ? (
            <p className="kern-body">{t('privacy.consents.more', { count: consentPageSize, total: query.data.total })}</p>
          ) : null}
          <ul className="privacy-list" aria-labelledby={listHeadingId}>
            {items.map((consent) => (
              <li key={consent.id} className={consent.inForce ? undefined : 'privacy-list__item--inactive'}>
                <div className="privacy-list__head">
                  <h4 className="kern-title">{purposeLabel(consent.purpose)}</h4>
                  <span className={`kern-badge ${consent.inForce ? 'kern-badge--success' : 'kern-badge--warning'}`}>
                    <span className="kern-label">
                      {consent.inForce ? t('privacy.consents.inForce') : t('privacy.consents.withdrawn')}
                    </span>
                  </span>
                </div>
                <p className="kern-body">
                  {t('privacy.consents.givenAt', { date: date(consent.givenAt), by: consent.recordedBy })}
                </p>
                {consent.note ? <p className="kern-body">{t('privacy.consents.note', { note: consent.note })}</p> : null}
                {consent.withdrawnAt ? (
                  <p className="kern-body">
                    {t('privacy.consents.withdrawnAt', {
                      date: date(consent.withdrawnAt),
                      by: consent.withdrawnBy ?? t('common.none'),
                    })}{' '}
                    {t(`privacy.consents.effect.${consent.purpose}`)}
                  </p>
                ) : null}
                {consent.inForce && canWithdraw ? (
                  <button
                    type="button"
                    className="kern-btn kern-btn--secondary kern-btn--small"
                    aria-label={t('privacy.consents.withdrawLabel', { purpose: purposeLabel(consent.purpose) })}
                    onClick={() => {
                      setMessage(null);
                      setAsked(consent);
                    }}
                  >
                    <span className="kern-label">{t('privacy.consents.withdraw')}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>

          {canGive && free.length > 0 ? (
            adding ? (
              <InlineForm title={t('privacy.consents.giveTitle')} card>
                <GiveConsentForm
                  person={person}
                  purposes={free}
                  onCancel={() => {
                    setAdding(false);
                    focusLater('consent-add');
                  }}
                  onDone={(purpose) => {
                    setAdding(false);
                    setMessage(t('privacy.consents.givenDone', { purpose: purposeLabel(purpose) }));
                    focusLater(listHeadingId);
                  }}
                />
              </InlineForm>
            ) : (
              <button
                id="consent-add"
                type="button"
                className="kern-btn kern-btn--secondary"
                onClick={() => {
                  setMessage(null);
                  setAdding(true);
                }}
              >
                <span className="kern-icon kern-icon--add" aria-hidden="true" />
                <span className="kern-label">{t('privacy.consents.give')}</span>
              </button>
            )
          ) : null}
        </>
      ) : null}

      <ConfirmDialog
        open={asked !== null}
        title={t('privacy.consents.withdrawTitle')}
        confirmLabel={t('privacy.consents.withdrawConfirm')}
        busy={withdraw.isPending}
        busyLabel={t('privacy.consents.withdrawing')}
        danger
        onConfirm={confirmWithdraw}
        onCancel={closeDialog}
      >
        {asked ? (
          <>
            <p className="kern-body">
              {t('privacy.consents.withdrawQuestion', { purpose: purposeLabel(asked.purpose), date: date(asked.givenAt) })}{' '}
              {t(`privacy.consents.effect.${asked.purpose}`)}
            </p>
            <p className="kern-body">{t('privacy.consents.withdrawFinal')}</p>
          </>
        ) : null}
        {alreadyWithdrawn ? (
          <Alert variant="info" title={t('privacy.consents.alreadyWithdrawn')} role="alert" headingLevel={3} />
        ) : withdraw.isError ? (
          <ErrorAlert error={withdraw.error} />
        ) : null}
      </ConfirmDialog>
    </Section>
  );
}
