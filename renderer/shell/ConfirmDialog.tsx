import { useEffect, useRef, type ReactNode } from 'react';
import './dialogs.css';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** A destructive action gets the danger colour. */
  danger?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** A <dialog> shown modal while mounted. */
function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return ref;
}

/** A modal question with Cancel focused first, so Enter never destroys anything by accident. */
export function ConfirmDialog({ title, children, confirmLabel, danger, busy, onConfirm, onCancel }: Props) {
  const ref = useModal();
  return (
    <dialog ref={ref} className="app-dialog" aria-labelledby="confirm-title" onCancel={(event) => (event.preventDefault(), onCancel())}>
      <h2 id="confirm-title">{title}</h2>
      <div className="app-dialog-body">{children}</div>
      <div className="app-dialog-actions">
        {/* oxlint-disable-next-line jsx-a11y/no-autofocus */}
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className={`button ${danger ? 'danger' : 'primary'}`} onClick={onConfirm} disabled={busy}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

/** A modal that only informs (reports): Close is focused. */
export function InfoDialog({ title, children, onClose, labelledBy = 'info-title' }: { title: string; children: ReactNode; onClose(): void; labelledBy?: string }) {
  const ref = useModal();
  return (
    <dialog ref={ref} className="app-dialog wide" aria-labelledby={labelledBy} onCancel={(event) => (event.preventDefault(), onClose())}>
      <h2 id={labelledBy}>{title}</h2>
      <div className="app-dialog-body">{children}</div>
      <div className="app-dialog-actions">
        {/* oxlint-disable-next-line jsx-a11y/no-autofocus */}
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
