import { useEffect, useRef, useState } from 'react';
import type { BackupsOverview } from '../../electron/api/contract';
import type { BackupInfo } from '../../story/backups';
import { useApi } from '../api/TransportContext';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { describeBackup } from './backupText';
import { LibraryCare } from './LibraryCare';
import './backups.css';

/** The library's backups (when they are taken, where they are, back up now, restore one) and its care. */
export function BackupsDialog({ onClose }: { onClose(): void }) {
  const api = useApi();
  const ref = useRef<HTMLDialogElement>(null);
  const [overview, setOverview] = useState<BackupsOverview>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo>();

  const load = () => {
    api.listBackups({}).then(setOverview, (error: Error) => setMessage(error.message));
  };
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    load();
    return () => dialog?.close();
    // Load once when opened.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const backupNow = () => {
    setBusy(true);
    api.backupNow({}).then(
      (backup) => {
        setMessage(`Backed up: ${describeBackup(backup)}.`);
        load();
      },
      (error: Error) => setMessage(error.message),
    ).finally(() => setBusy(false));
  };

  const restore = (backup: BackupInfo) => {
    setBusy(true);
    api.restoreBackup({ file: backup.file }).then(
      () => window.location.reload(),
      (error: Error) => {
        setRestoring(undefined);
        setBusy(false);
        setMessage(error.message);
      },
    );
  };

  return (
    <dialog ref={ref} className="app-dialog wide" aria-labelledby="backups-title" onCancel={(event) => (event.preventDefault(), onClose())}>
      <h2 id="backups-title">Backups</h2>
      <div className="app-dialog-body">
        {overview && (
          <p className="hint backups-hint">
            A backup is taken every {overview.intervalMinutes} minutes while Copydesk runs and something changed, on quit, and before updates; the newest {overview.kept} are
            kept in <span className="backups-folder">{overview.folder}</span>.
          </p>
        )}
        {message && <p role="status">{message}</p>}
        {!overview ? (
          <p className="pane-message">Loading…</p>
        ) : overview.backups.length === 0 ? (
          <p>No backups yet.</p>
        ) : (
          <ul className="backup-list" aria-label="Backups, newest first">
            {overview.backups.map((backup) => (
              <li key={backup.file}>
                <span>{describeBackup(backup)}</span>
                <button type="button" className="button" disabled={busy} onClick={() => setRestoring(backup)}>
                  Restore…
                </button>
              </li>
            ))}
          </ul>
        )}
        {overview && <LibraryCare overview={overview} onChanged={load} />}
      </div>
      <div className="app-dialog-actions">
        <button type="button" className="button" onClick={backupNow} disabled={busy}>
          {busy && !restoring ? 'Backing up…' : 'Back up now'}
        </button>
        {/* oxlint-disable-next-line jsx-a11y/no-autofocus */}
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      {restoring && (
        <ConfirmDialog title="Restore this backup?" confirmLabel="Restore" busy={busy} onConfirm={() => restore(restoring)} onCancel={() => setRestoring(undefined)}>
          <p>The library will be replaced by the backup of {describeBackup(restoring)}. The library as it is now is backed up first, so nothing is lost.</p>
        </ConfirmDialog>
      )}
    </dialog>
  );
}
