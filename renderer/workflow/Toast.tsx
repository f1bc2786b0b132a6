import { useCallback, useEffect, useRef, useState } from 'react';

export interface ToastMessage {
  text: string;
  action?: { label: string; run(): void };
}

/** A short, polite confirmation ("Version saved", "Moved to the trash — Undo") that fades after a few seconds. */
export function useToast(): [ToastMessage | undefined, (message: ToastMessage) => void, () => void] {
  const [message, setMessage] = useState<ToastMessage>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = useCallback((next: ToastMessage) => {
    clearTimeout(timer.current);
    setMessage(next);
    timer.current = setTimeout(() => setMessage(undefined), next.action ? 8_000 : 4_000);
  }, []);
  const hide = useCallback(() => setMessage(undefined), []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, show, hide];
}

export function Toast({ message, onHide }: { message: ToastMessage | undefined; onHide(): void }) {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {message && (
        <div className="toast">
          {message.text}
          {message.action && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                message.action!.run();
                onHide();
              }}
            >
              {message.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
