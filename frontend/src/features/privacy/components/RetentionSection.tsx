import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/feedback/Alert';
import { ConfirmDialog } from '../../../components/feedback/ConfirmDialog';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Fact, Facts } from '../../../components/record/Facts';
import { formatDate, formatInstant, formatNumber } from '../../../lib/format';
import { useRunRetention } from '../api/retention';
import { Section } from './Section';

/** Runs the nightly retention job now, after a question, and shows its counts (no names, no ids). */
export function RetentionSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const run = useRunRetention();
  const [open, setOpen] = useState(false);
  const result = run.data;

  const close = () => setOpen(false);
  const confirm = () => run.mutate(undefined, { onSuccess: close });

  return (
    <Section id="retention-heading" title={t('privacy.start.retentionTitle')} intro={t('privacy.start.retentionText')}>
      <div className="privacy-section__actions">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            run.reset();
            setOpen(true);
          }}
        >
          <span className="kern-icon kern-icon--autorenew" aria-hidden="true" />
          <span className="kern-label">{t('privacy.start.retentionRun')}</span>
        </button>
      </div>
      {result ? (
        <Alert variant="success" title={t('privacy.start.retentionDone')} role="status" headingLevel={3}>
          <Facts>
            <Fact label={t('privacy.start.retention.retentionMonths')}>
              {t('privacy.start.retention.months', { count: result.retentionMonths })}
            </Fact>
            <Fact label={t('privacy.start.retention.endedBefore')}>{formatDate(result.endedBefore, lang)}</Fact>
            <Fact label={t('privacy.start.retention.examined')}>{formatNumber(result.examined, lang)}</Fact>
            <Fact label={t('privacy.start.retention.anonymised')}>{formatNumber(result.anonymised, lang)}</Fact>
            <Fact label={t('privacy.start.retention.skippedForLegalHold')}>{formatNumber(result.skippedForLegalHold, lang)}</Fact>
            <Fact label={t('privacy.start.retention.finishedAt')}>{formatInstant(result.finishedAt, lang)}</Fact>
          </Facts>
        </Alert>
      ) : null}
      <ConfirmDialog
        open={open}
        title={t('privacy.start.retentionConfirmTitle')}
        confirmLabel={t('privacy.start.retentionConfirmAction')}
        busy={run.isPending}
        busyLabel={t('privacy.start.retentionRunning')}
        danger
        onConfirm={confirm}
        onCancel={close}
      >
        <p className="kern-body">{t('privacy.start.retentionConfirm')}</p>
        {run.isError ? <ErrorAlert error={run.error} /> : null}
      </ConfirmDialog>
    </Section>
  );
}
