import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '../../../components/feedback/Alert';
import { ConfirmDialog } from '../../../components/feedback/ConfirmDialog';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import type { SummaryEntry } from '../../../components/form/ErrorSummary';
import { TextField } from '../../../components/form/TextField';
import { applyServerErrors, errorEntries, useZodForm } from '../../../components/record/form-model';
import { RecordForm } from '../../../components/record/RecordForm';
import { formatInstant } from '../../../lib/format';
import { useReleaseLegalHold, useSetLegalHold } from '../api/legal-hold';
import type { Person } from '../model';
import { Section } from './Section';

const formId = 'legal-hold-form';
const fields = ['reason'] as const;

const legalHoldSchema = (t: TFunction) =>
  z.object({
    reason: z
      .string()
      .refine((value) => value.trim() !== '', t('errors.required'))
      .refine((value) => value.length <= 500, t('errors.maxLength', { max: 500 })),
  });
type LegalHoldValues = z.output<ReturnType<typeof legalHoldSchema>>;

/** What the page knows of the person's legal hold: set or lifted here, or named by a refused erasure. */
export interface KnownHold {
  reason: string;
  since?: string;
}

interface LegalHoldSectionProps {
  person: Person;
  /** `null`: lifted here; `undefined`: not known (the API has no read of it). */
  hold: KnownHold | null | undefined;
  onChange: (hold: KnownHold | null) => void;
}

/** Sets (or replaces the reason of) and lifts the legal hold that keeps erasure and retention away from the person. */
export function LegalHoldSection({ person, hold, onChange }: LegalHoldSectionProps) {
  const { t, i18n } = useTranslation();
  const set = useSetLegalHold(person);
  const release = useReleaseLegalHold(person);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<SummaryEntry[]>([]);
  const form = useZodForm<LegalHoldValues>(legalHoldSchema, { reason: '' });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  const submit = form.handleSubmit(async ({ reason }) => {
    setProblems([]);
    setMessage(null);
    try {
      const saved = await set.mutateAsync(reason.trim());
      onChange(saved);
      form.reset({ reason: '' });
      setMessage(t('privacy.legalHold.saved'));
    } catch (error) {
      setProblems(applyServerErrors(form, fields, error, t));
    }
  });
  const closeDialog = () => {
    setAsking(false);
    release.reset();
  };
  const confirmRelease = () =>
    release.mutate(undefined, {
      onSuccess: () => {
        closeDialog();
        onChange(null);
        setMessage(t('privacy.legalHold.released'));
      },
    });

  return (
    <Section id="legal-hold-heading" title={t('privacy.legalHold.title')} intro={t('privacy.legalHold.text')}>
      {message ? <Alert variant="success" title={message} role="status" headingLevel={3} /> : null}
      {hold ? (
        <Alert
          variant="warning"
          title={
            hold.since
              ? t('privacy.legalHold.current', { date: formatInstant(hold.since, i18n.language) })
              : t('privacy.legalHold.title')
          }
          headingLevel={3}
        >
          <p className="kern-body">
            {t('privacy.legalHold.reason')}: {hold.reason}
          </p>
        </Alert>
      ) : null}
      <RecordForm
        id={formId}
        onSubmit={submit}
        submitLabel={t('privacy.legalHold.set')}
        submitting={isSubmitting}
        summary={[...errorEntries(errors, fields, () => t('privacy.legalHold.reason')), ...problems]}
        cancel={
          hold !== null ? (
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setAsking(true)}>
              <span className="kern-label">{t('privacy.legalHold.release')}</span>
            </button>
          ) : null
        }
      >
        <TextField
          formId={formId}
          label={t('privacy.legalHold.reason')}
          hint={t('privacy.legalHold.reasonHint')}
          registration={register('reason')}
          error={errors.reason?.message}
          multiline
          maxLength={500}
        />
      </RecordForm>
      <ConfirmDialog
        open={asking}
        title={t('privacy.legalHold.releaseTitle')}
        confirmLabel={t('privacy.legalHold.releaseConfirm')}
        busy={release.isPending}
        busyLabel={t('privacy.legalHold.releasing')}
        onConfirm={confirmRelease}
        onCancel={closeDialog}
      >
        <p className="kern-body">{t('privacy.legalHold.releaseQuestion')}</p>
        {release.isError ? <ErrorAlert error={release.error} /> : null}
      </ConfirmDialog>
    </Section>
  );
}
