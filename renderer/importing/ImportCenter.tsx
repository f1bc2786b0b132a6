import { useEffect, useState, type ChangeEvent } from 'react';
import { importSummary, type ImportEntry, type ImportReport } from '../../story/importReport';
import { InfoDialog } from '../shell/ConfirmDialog';
import { FILES_INPUT_ID, FOLDER_INPUT_ID, type Importer } from './useImporter';
import './importing.css';

/**
 * Everything about importing that is not a button: the hidden file inputs, the drop
 * target over the whole window, the progress of long jobs with Cancel, and the report.
 */
export function ImportCenter({ importer }: { importer: Importer }) {
  const dragging = useWindowDrop(importer.importDropped);
  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    if (event.target.files) importer.importInputFiles(event.target.files);
    event.target.value = '';
  };
  return (
    <>
      <input
        id={FILES_INPUT_ID}
        type="file"
        multiple
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={onPicked}
      />
      <input
        id={FOLDER_INPUT_ID}
        ref={(element) => {
          // Not in React's attribute list: lets the input pick a folder, with every file in it.
          element?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={onPicked}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop files or folders to import them as stories</p>
        </div>
      )}
      {importer.jobs.length > 0 && (
        <div className="job-bar" role="region" aria-label="Running jobs">
          {importer.jobs.map((job) => (
            <div className="job" key={job.jobId}>
              <span className="job-label">{job.label}</span>
              <progress max={Math.max(1, job.total)} value={job.done} aria-label={job.label} />
              <span className="job-count" aria-live="off">
                {job.total > 0 ? `${job.done.toLocaleString()} of ${job.total.toLocaleString()}` : ''}
              </span>
              <button type="button" className="button" onClick={() => importer.cancel(job.jobId)}>
                Cancel
              </button>
            </div>
          ))}
        </div>
      )}
      {importer.error && !importer.report && (
        <div className="notice" role="alert">
          {importer.error}
          <button type="button" className="link-button" onClick={importer.dismissReport}>
            Dismiss
          </button>
        </div>
      )}
      {importer.report && <ImportReportDialog report={importer.report} onClose={importer.dismissReport} />}
    </>
  );
}

/** Files dragged over the window: show the drop target; dropped: import them. Other drags (text into the editor) pass through. */
function useWindowDrop(onDrop: (transfer: DataTransfer) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setDragging(false);
      onDrop(event.dataTransfer!);
    };
    window.addEventListener('dragenter', enter, true);
    window.addEventListener('dragover', over, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter, true);
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('drop', drop, true);
    };
  }, [onDrop]);
  return dragging;
}

function EntryList({ title, entries, show }: { title: string; entries: ImportEntry[]; show(entry: ImportEntry): string }) {
  if (entries.length === 0) return null;
  return (
    <section className="import-report-section">
      <h3>
        {title} ({entries.length.toLocaleString()})
      </h3>
      <ul>
        {entries.slice(0, 500).map((entry, i) => (
          <li key={`${entry.path}-${i}`}>
            <span className="import-path">{entry.path}</span> {show(entry)}
          </li>
        ))}
        {entries.length > 500 && <li>…and {(entries.length - 500).toLocaleString()} more.</li>}
      </ul>
    </section>
  );
}

/** Why a file was not imported, without repeating its name. */
const reason = (entry: ImportEntry) => `— ${(entry.error ?? '').replace(`${entry.path.split('/').at(-1)}: `, '')}`;

function ImportReportDialog({ report, onClose }: { report: ImportReport; onClose(): void }) {
  const failed = report.entries.filter((e) => e.status === 'failed');
  const skipped = report.entries.filter((e) => e.status === 'skipped');
  const warned = report.entries.filter((e) => e.status === 'imported' && e.warnings.length > 0);
  return (
    <InfoDialog title={report.cancelled ? 'Import cancelled' : 'Import finished'} onClose={onClose} labelledBy="import-report-title">
      <p className="import-summary" data-import-summary>
        {importSummary(report)}
      </p>
      <EntryList title="Not imported" entries={failed} show={reason} />
      <EntryList title="Skipped" entries={skipped} show={reason} />
      <EntryList title="Imported with warnings" entries={warned} show={(entry) => `— ${entry.warnings.join(' ')}`} />
    </InfoDialog>
  );
}

export type { ImportReport };
