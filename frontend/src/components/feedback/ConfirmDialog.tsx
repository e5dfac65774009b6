import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  busy?: boolean;
  /** The confirm button's text while busy. */
  busyLabel?: string;
  danger?: boolean;
  /** Focus the confirm button when the dialog opens (otherwise the first button, Cancel, has it). */
  focusConfirm?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A modal question (native <dialog>: focus trap, Escape and inert background come with it). */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  busy,
  busyLabel,
  danger,
  focusConfirm,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      if (focusConfirm) confirmRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, focusConfirm]);

  return (
    <dialog ref={ref} className="kern-dialog app-dialog" aria-labelledby={titleId} onClose={onCancel}>
      <header className="kern-dialog__header">
        <h2 className="kern-title kern-title--large" id={titleId}>
          {title}
        </h2>
      </header>
      <section className="kern-dialog__body">{children}</section>
      <footer className="kern-dialog__footer">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
        <button
          ref={confirmRef}
          type="button"
          className={`kern-btn kern-btn--primary${danger ? ' btn-danger' : ''}`}
          onClick={onConfirm}
          disabled={busy}
          aria-busy={busy}
        >
          <span className="kern-label">{busy ? (busyLabel ?? t('common.deleting')) : confirmLabel}</span>
        </button>
      </footer>
    </dialog>
  );
}
