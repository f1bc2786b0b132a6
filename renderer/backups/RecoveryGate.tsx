import { useEffect, useState, type ReactNode } from 'react';
import type { BackupInfo, RecoveryState } from '../../story/backups';
import { useApi, useTransport } from '../api/TransportContext';
import { liveDraft } from '../state/liveDraft';
import { describeBackup } from './backupText';
import { OpenStoryText, type OpenStory } from './OpenStoryText';
import './backups.css';

/**
 * Before the app: ask the server whether the library opened. When it was damaged (and
 * moved aside), offer the newest good backup instead of the app. The same happens while
 * the app runs when the background check finds damage (`libraryDamaged`); the story that
 * was open is kept on screen so its newest text can be copied.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const transport = useTransport();
  const api = transport.api;
  const [state, setState] = useState<RecoveryState | null | undefined>(undefined);
  const [failure, setFailure] = useState<string>();
  const [openStory, setOpenStory] = useState<OpenStory>();
  useEffect(() => {
    api.getRecoveryState({}).then(setState, (error: Error) => setFailure(error.message));
  }, [api]);
  useEffect(
    () =>
      transport.on.libraryDamaged(() => {
        // Taken before the app unmounts (the editor withdraws its draft then).
        const draft = liveDraft.current();
        if (draft) setOpenStory({ headline: draft.fields.headline, dek: draft.fields.dek, body: draft.fields.body });
        api.getRecoveryState({}).then(setState, (error: Error) => setFailure(error.message));
      }),
    [transport, api],
  );
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
  return <RecoveryScreen state={state} openStory={openStory} />;
}

function RecoveryScreen({ state, openStory }: { state: RecoveryState; openStory: OpenStory | undefined }) {
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
      {state.foundWhile === 'checking' ? (
        <p>
          Copydesk found damage in <span className="backups-folder">{state.libraryPath}</span> while checking it, so it has stopped using it. The file has been
          moved aside, with everything saved in it, in case it can be repaired:
        </p>
      ) : (
        <p>
          Copydesk found damage in <span className="backups-folder">{state.libraryPath}</span> when it opened it, so it has not used it. The file has been moved aside, unchanged, in
          case it can be repaired:
        </p>
      )}
      <ul className="recovery-paths">
        {state.movedTo.map((file) => (
          <li key={file}>{file}</li>
        ))}
      </ul>
      <p className="hint">What SQLite reported: {state.problem}</p>
      {openStory && <OpenStoryText story={openStory} />}
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
