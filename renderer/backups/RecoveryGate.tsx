import { useEffect, useState, type ReactNode } from 'react';
import type { BackupInfo, RecoveryState } from '../../story/backups';
import { useApi } from '../api/TransportContext';
import { describeBackup } from './backupText';
import './backups.css';

/**
 * Before the app: ask the server whether the library opened. When it was damaged (and
 * moved aside), offer the newest good backup instead of the app.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<RecoveryState | null | undefined>(undefined);
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    api.getRecoveryState({}).then(setState, (error: Error) => setFailure(error.message));
  }, [api]);
  if (failure) {
    return (
      <main className="recovery">
        <h1>Copydesk cannot reach its library</h1>
        <p>{failure}</p>
      </main>
    );
  }
  if (state === undefined) return null;
  if (state === null) return <>{children}</>;
  return <RecoveryScreen state={state} />;
}

function RecoveryScreen({ state }: { state: RecoveryState }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    document.documentElement.dataset.appReady = 'recovery';
  }, []);

  const act = (action: Promise<unknown>) => {
    setBusy(true);
    setMessage(undefined);
    action.then(
      () => window.location.reload(),
      (error: Error) => {
        setBusy(false);
        setMessage(error.message);
      },
    );
  };
  const restore = (backup: BackupInfo) => act(api.restoreBackup({ file: backup.file }));
  const others = state.backups.filter((backup) => backup.file !== state.newestGood?.file);

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Your library is damaged</h1>
      <p>
        Copydesk found damage in <span className="backups-folder">{state.libraryPath}</span> when it opened it, so it has not used it. The file has been moved aside, unchanged, in
        case it can be repaired:
      </p>
      <ul className="recovery-paths">
        {state.movedTo.map((file) => (
          <li key={file}>{file}</li>
        ))}
      </ul>
      <p className="hint">What SQLite reported: {state.problem}</p>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      {state.newestGood ? (
        <section className="recovery-offer" aria-labelledby="recovery-offer-title">
          <h2 id="recovery-offer-title">Restore the newest good backup</h2>
          <p>{describeBackup(state.newestGood)}</p>
          <button type="button" className="button primary" disabled={busy} onClick={() => restore(state.newestGood!)}>
            {busy ? 'Restoring…' : 'Restore this backup'}
          </button>
        </section>
      ) : (
        <p>There is no usable backup in {state.backupsFolder}.</p>
      )}
      {others.length > 0 && (
        <details className="recovery-others">
          <summary>Other backups ({others.length})</summary>
          <ul className="backup-list">
            {others.map((backup) => (
              <li key={backup.file}>
                <span>{describeBackup(backup)}</span>
                <button type="button" className="button" disabled={busy} onClick={() => restore(backup)}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p>
        <button type="button" className="link-button" disabled={busy} onClick={() => act(api.startFreshLibrary({ confirm: true }))}>
          Start with an empty library instead
        </button>
      </p>
    </main>
  );
}
