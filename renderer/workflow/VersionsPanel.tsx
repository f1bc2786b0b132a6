import { useCallback, useEffect, useState } from 'react';
import type { Revision, RevisionKind, RevisionSummary } from '../../story/revisions';
import { useApi } from '../api/TransportContext';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { shortcutLabel } from '../shell/commands';
import { liveDraft } from '../state/liveDraft';
import { formatTime } from './HistoryPanel';
import { comparableText, wordDiff, type WordDiff } from './textForDiff';

const KIND_LABELS: Readonly<Record<RevisionKind, string>> = {
  manual: 'Saved version',
  auto: 'Autosaved',
  status: 'Status change',
  import: 'Imported',
  restore: 'Before a restore',
};

interface Props {
  storyId: string;
  flush(): Promise<void>;
  onRestored(): void;
}

/** The story's versions: save one, compare any with the current text word by word, restore one. */
export function VersionsPanel({ storyId, flush, onRestored }: Props) {
  const api = useApi();
  const [revisions, setRevisions] = useState<RevisionSummary[]>();
  const [selected, setSelected] = useState<number>();
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string>();
  const [confirm, setConfirm] = useState<RevisionSummary>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    api.listRevisions({ id: storyId }).then(setRevisions, (error: Error) => setMessage(error.message));
  }, [api, storyId]);
  useEffect(load, [load]);

  const saveVersion = async () => {
    setBusy(true);
    try {
      await flush();
      const saved = await api.saveVersion({ id: storyId, note });
      setNote('');
      setMessage(`Version saved at ${formatTime(saved.at)}.`);
      load();
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const restore = async (revision: RevisionSummary) => {
    setBusy(true);
    try {
      await flush();
      await api.restoreRevision({ revisionId: revision.id });
      setConfirm(undefined);
      setSelected(undefined);
      setMessage(`Restored the version of ${formatTime(revision.at)}. The text before it is kept as a version.`);
      onRestored();
      load();
    } catch (error) {
      setConfirm(undefined);
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="versions">
      <form
        className="version-save"
        onSubmit={(event) => {
          event.preventDefault();
          void saveVersion();
        }}
      >
        <input aria-label="Note for this version (optional)" placeholder="Note (optional)" value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />
        <button type="submit" className="button" disabled={busy} title={`Save a version (${shortcutLabel('saveNow') ?? ''})`}>
          Save version
        </button>
      </form>
      {message && (
        <p className="versions-message" role="status">
          {message}
        </p>
      )}
      {!revisions ? (
        <p className="pane-message">Loading…</p>
      ) : revisions.length === 0 ? (
        <p className="hint">No versions yet. Save one with {shortcutLabel('saveNow')}; versions are also kept at each status change and every few minutes of writing.</p>
      ) : (
        <ul className="version-list" aria-label="Versions, newest first">
          {revisions.map((revision) => (
            <li key={revision.id}>
              <button type="button" className="version-item" aria-pressed={selected === revision.id} onClick={() => setSelected(selected === revision.id ? undefined : revision.id)}>
                <span className={`version-kind kind-${revision.kind}`}>{KIND_LABELS[revision.kind]}</span>
                <time dateTime={revision.at}>{formatTime(revision.at)}</time>
                <span className="version-words">{revision.wordCount.toLocaleString()} words</span>
                {revision.note && <span className="version-note">{revision.note}</span>}
              </button>
              {selected === revision.id && <RevisionDiff storyId={storyId} revisionId={revision.id} onRestore={() => setConfirm(revision)} />}
            </li>
          ))}
        </ul>
      )}
      {confirm && (
        <ConfirmDialog title="Restore this version?" confirmLabel="Restore" busy={busy} onConfirm={() => void restore(confirm)} onCancel={() => setConfirm(undefined)}>
          <p>
            The story’s text and details go back to the version of {formatTime(confirm.at)}. Its status stays as it is. The current text is kept as a version first, so nothing is
            lost.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** A revision against the story as it is now (on screen, saved or not): removed words struck, added words marked. */
function RevisionDiff({ storyId, revisionId, onRestore }: { storyId: string; revisionId: number; onRestore(): void }) {
  const api = useApi();
  const [diff, setDiff] = useState<WordDiff>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    const draft = liveDraft.current();
    Promise.all([api.getRevision({ revisionId }), draft?.storyId === storyId ? Promise.resolve(draft.fields) : api.getStory({ id: storyId })]).then(
      ([revision, now]: [Revision, { headline: string; dek: string; body: Revision['fields']['body'] }]) => {
        if (current) setDiff(wordDiff(comparableText(revision.fields), comparableText(now)));
      },
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [api, storyId, revisionId]);

  if (error) return <p className="field-error">{error}</p>;
  if (!diff) return <p className="pane-message">Comparing…</p>;
  return (
    <div className="revision-diff">
      <p className="diff-summary">
        {diff.added === 0 && diff.removed === 0 ? (
          'Same text as now.'
        ) : (
          <>
            Since this version: <ins>+{diff.added.toLocaleString()}</ins> <del>−{diff.removed.toLocaleString()}</del> words
          </>
        )}
        <button type="button" className="button" onClick={onRestore}>
          Restore this version
        </button>
      </p>
      <div className="diff-text" aria-label="Differences from this version to the current text">
        {diff.changes.map((change, i) =>
          change.added ? <ins key={i}>{change.value}</ins> : change.removed ? <del key={i}>{change.value}</del> : <span key={i}>{change.value}</span>,
        )}
      </div>
    </div>
  );
}
