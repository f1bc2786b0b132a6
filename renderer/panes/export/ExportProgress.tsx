import type { ExportJobState } from './useExportJob';

interface Props {
  state: ExportJobState;
  onCancel(): void;
  onClose(): void;
  onAgain(): void;
}

/** A batch in progress (bar and cancel), then what was written and what failed. */
export function ExportProgress({ state, onCancel, onClose, onAgain }: Props) {
  if (state.phase === 'idle' || state.phase === 'running') {
    const done = state.phase === 'running' ? state.done : 0;
    const total = state.phase === 'running' ? state.total : 0;
    return (
      <div className="export-progress" data-export-state="running">
        <p>{state.phase === 'running' ? state.label : 'Starting…'}</p>
        <progress max={Math.max(total, 1)} value={done} aria-label="Export progress" />
        <p className="hint" aria-live="polite">
          {done} of {total} {total === 1 ? 'story' : 'stories'}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel export
          </button>
        </div>
      </div>
    );
  }
  if (state.phase === 'error') {
    return (
      <div className="export-progress" data-export-state="error">
        <p className="export-error" role="alert">
          {state.message}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onAgain}>
            Back
          </button>
          <button type="button" className="button primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    );
  }
  const { result } = state;
  const files = result.written.reduce((sum, story) => sum + story.files.length, 0);
  const where = result.download ? `offered as the download ${result.download.fileName}` : `in ${result.folder}`;
  return (
    <div className="export-progress" data-export-state={result.state}>
      <p role="status">
        {result.state === 'cancelled' ? 'Export cancelled. ' : ''}
        {result.written.length === 0
          ? 'Nothing was exported.'
          : `Exported ${result.written.length} of ${result.total} ${result.total === 1 ? 'story' : 'stories'}: ${files} ${files === 1 ? 'file' : 'files'} ${where}.`}
      </p>
      {result.written.length > 0 && result.written.length <= 10 && (
        <ul className="file-list" aria-label="Files written">
          {result.written.flatMap((story) => story.files).map((file) => (
            <li key={file}>{file}</li>
          ))}
        </ul>
      )}
      {result.failed.length > 0 && (
        <section className="export-failures" aria-label="Problems">
          <h3>{result.failed.length === 1 ? 'One story had a problem' : `${result.failed.length} stories had problems`}</h3>
          <ul>
            {result.failed.slice(0, 20).map((failure) => (
              <li key={failure.storyId || failure.message}>
                <strong>{failure.headline}</strong>
                <pre>{failure.message}</pre>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onAgain}>
          Export more…
        </button>
        <button type="button" className="button primary" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
