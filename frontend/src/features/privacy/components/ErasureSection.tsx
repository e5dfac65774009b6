import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/feedback/Alert';
import { ConfirmDialog } from '../../../components/feedback/ConfirmDialog';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { legalHoldReason, useErase } from '../api/erasure';
import { type Erasure, type Person, subjectResourceType } from '../model';
import { useFieldLabel } from './field-label';
import { Section } from './Section';

interface ErasureSectionProps {
  person: Person;
  /** The person's name, for the question. */
  name: string;
  /** A refused erasure named the legal hold that keeps the person. */
  onHeld: (reason: string) => void;
}

/**
 * Art. 17: anonymises the person after a question that names every consequence. A legal hold makes
 * the API refuse (409); its reason is shown in the dialog.
 */
export function ErasureSection({ person, name, onHeld }: ErasureSectionProps) {
  const { t } = useTranslation();
  const erase = useErase(person);
  const fieldLabel = useFieldLabel();
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<Erasure | null>(null);
  const heldFor = legalHoldReason(erase.error);

  const close = () => {
    setOpen(false);
    erase.reset();
  };
  const confirm = () =>
    erase.mutate(undefined, {
      onSuccess: (erasure) => {
        setOpen(false);
        setResult(erasure);
      },
      onError: (error) => {
        const reason = legalHoldReason(error);
        if (reason) onHeld(reason);
      },
    });

  return (
    <Section id="erasure-heading" title={t('privacy.erasure.title')} intro={t('privacy.erasure.text')}>
      {result ? (
        <Alert
          variant="success"
          title={result.changed ? t('privacy.erasure.done') : t('privacy.erasure.nothingLeft')}
          role="status"
          headingLevel={3}
        >
          {result.changed ? (
            <p className="kern-body">
              {t('privacy.erasure.doneDetails', {
                fields: result.fieldsAnonymised.map((field) => fieldLabel(subjectResourceType[person.subject], field)).join(', '),
                count: result.consentsWithdrawn,
              })}
            </p>
          ) : null}
        </Alert>
      ) : null}
      <div className="privacy-section__actions">
        <button
          type="button"
          className="kern-btn kern-btn--primary btn-danger"
          onClick={() => {
            setResult(null);
            setOpen(true);
          }}
        >
          <span className="kern-icon kern-icon--delete" aria-hidden="true" />
          <span className="kern-label">{t('privacy.erasure.action')}</span>
        </button>
      </div>
      <ConfirmDialog
        open={open}
        title={t('privacy.erasure.confirmTitle', { name })}
        confirmLabel={t('privacy.erasure.confirm')}
        busy={erase.isPending || heldFor !== undefined}
        busyLabel={heldFor !== undefined ? t('privacy.erasure.confirm') : t('privacy.erasure.busy')}
        danger
        onConfirm={confirm}
        onCancel={close}
      >
        <p className="kern-body">{t('privacy.erasure.consequences')}</p>
        <ul className="kern-list privacy-consequences">
          <li>{t('privacy.erasure.names')}</li>
          <li>{t(`privacy.erasure.removed.${person.subject}`)}</li>
          <li>{t(`privacy.erasure.kept.${person.subject}`)}</li>
          <li>{t('privacy.erasure.consents')}</li>
          <li>{t('privacy.erasure.history')}</li>
          <li>{t('privacy.erasure.audit')}</li>
        </ul>
        <p className="kern-body">
          <strong>{t('privacy.erasure.final')}</strong>
        </p>
        {heldFor !== undefined ? (
          <Alert variant="danger" title={t('privacy.erasure.heldTitle')} role="alert" headingLevel={3}>
            <p className="kern-body">{t('privacy.erasure.held', { reason: heldFor })}</p>
            <p className="kern-body">{t('privacy.erasure.heldHint')}</p>
          </Alert>
        ) : erase.isError ? (
          <ErrorAlert error={erase.error} />
        ) : null}
      </ConfirmDialog>
    </Section>
  );
}
