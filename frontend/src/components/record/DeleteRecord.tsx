import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Alert } from '../feedback/Alert';
import { ConfirmDialog } from '../feedback/ConfirmDialog';
import { ErrorAlert } from '../feedback/ErrorAlert';

interface DeleteRecordProps {
  /** The delete call, e.g. `useDeleteSponsor()`. */
  mutation: UseMutationResult<unknown, Error, void>;
  title: string;
  /** The question, naming the record and what goes with it. */
  question: string;
  /** Headline when the server refuses (409: something still refers to the record). */
  blockedTitle: string;
  onDeleted: () => unknown;
  /** A smaller button, e.g. in a list of sub-records. */
  small?: boolean;
  /** The button's accessible name when several delete buttons are on one page. */
  buttonLabel?: string;
}

/** Delete button with confirmation; a refused delete (409) shows the server's reason. */
export function DeleteRecord({ mutation, title, question, blockedTitle, onDeleted, small, buttonLabel }: DeleteRecordProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  const close = () => {
    setOpen(false);
    mutation.reset();
  };
  const confirm = () => mutation.mutate(undefined, { onSuccess: () => void onDeleted() });
  const blocked = mutation.error instanceof ApiError && mutation.error.status === 409 ? mutation.error : null;

  return (
    <>
      <button
        type="button"
        className={`kern-btn kern-btn--secondary${small ? ' kern-btn--small' : ''}`}
        aria-label={buttonLabel}
        onClick={() => setOpen(true)}
      >
        <span className="kern-icon kern-icon--delete" aria-hidden="true" />
        <span className="kern-label">{t('common.delete')}</span>
      </button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={t('record.delete.action')}
        busy={mutation.isPending || blocked !== null}
        danger
        onConfirm={confirm}
        onCancel={close}
      >
        <p className="kern-body">{question}</p>
        {blocked ? (
          <Alert variant="danger" title={blockedTitle} role="alert" headingLevel={3}>
            <p className="kern-body">{blocked.problem.detail ?? blocked.problem.title}</p>
          </Alert>
        ) : mutation.isError ? (
          <ErrorAlert error={mutation.error} />
        ) : null}
      </ConfirmDialog>
    </>
  );
}
