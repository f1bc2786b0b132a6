import { useEffect, useRef, type ReactNode } from 'react';
import './factDialogs.css';

/** A modal window of the facts pane (the source ledger, the names registry): Esc or Close ends it. */
export function FactsDialog({ title, className, onClose, children }: { title: string; className: string; onClose(): void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `${className}-title`;
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className={`facts-dialog ${className}`} aria-labelledby={titleId} onClose={onClose}>
      <header className="facts-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="facts-dialog-body">{children}</div>
    </dialog>
  );
}
