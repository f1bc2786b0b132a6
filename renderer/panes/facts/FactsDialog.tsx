import { useEffect, useRef, type ReactNode } from 'react';
import './factDialogs.css';

interface Props {
  title: string;
  className: string;
  onClose(): void;
  /** The left column: a search and a list to choose from. */
  index: ReactNode;
  /** The right column: the page of what is chosen. */
  page: ReactNode;
  error: string | undefined;
}

/** A modal window of the facts pane (the source ledger, the names registry): a list on the left, a page on the right; Esc or Close ends it. */
export function FactsDialog({ title, className, onClose, index, page, error }: Props) {
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
      <div className="facts-dialog-body">
        <div className="dialog-index">{index}</div>
        <div className="dialog-page">
          {error && (
            <p className="facts-error" role="alert">
              {error}
            </p>
          )}
          {page}
        </div>
      </div>
    </dialog>
  );
}
