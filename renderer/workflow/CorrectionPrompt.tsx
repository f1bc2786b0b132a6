import { useState, type FormEvent } from 'react';
import type { WorkflowControl } from './useStoryWorkflow';

/** Shown while a published story has changed without a correction note: asks what was corrected. */
export function CorrectionPrompt({ control }: { control: WorkflowControl }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [hidden, setHidden] = useState(false);
  if (!control.workflow?.correctionDue || hidden) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    control.recordCorrection(note).then(
      () => {
        setNote('');
        setError(undefined);
      },
      (failure: Error) => setError(failure.message),
    );
  };

  return (
    <form className="correction-prompt" onSubmit={submit} aria-labelledby="correction-label">
      <span id="correction-label">This story was published and has changed since. Say what was corrected:</span>
      <input value={note} onChange={(event) => setNote(event.target.value)} aria-labelledby="correction-label" placeholder="e.g. An earlier version misstated the fare." maxLength={2000} />
      <button type="submit" className="button primary" disabled={!note.trim()}>
        Record correction
      </button>
      <button type="button" className="link-button" onClick={() => setHidden(true)}>
        Later
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
