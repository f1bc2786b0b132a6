import { useEffect, useMemo, useState } from 'react';
import type { Story } from '../../../story/model';
import { ApiError } from '../../api/ApiError';
import { useApi, useConnectionState } from '../../api/TransportContext';
import { afterNextPaint } from './afterNextPaint';
import { Autosave, type SaveState } from './autosave';
import { digest, type DraftJournal } from './journal/draftJournal';
import { canonicalDraft } from './journal/draftJson';
import { JournalWriter } from './journal/journalWriter';
import { beforeLeaving } from './journal/session';
import type { OpenedDraft } from './journal/recovery';
import { UnansweredSaves } from './journal/unansweredSaves';
import { draftOf, type StoryDraft } from './storyDraft';
import { saveStateStore } from './saveStateStore';

export type { StoryDraft } from './storyDraft';

export type ConflictState = Extract<SaveState, { kind: 'conflict' }>;

export interface StoryAutosave {
  changed(): void;
  flush(): Promise<void>;
  /** Conflict: keep this draft over the stored version. */
  overwriteFrom(version: number): void;
  /** Conflict: take the stored version; this draft is dropped (the caller has put theirs on screen). */
  adopt(version: number): void;
  readonly hasUnsavedChanges: boolean;
  readonly baseVersion: number;
}

interface Options {
  storyId: string;
  opened: OpenedDraft;
  snapshot: () => StoryDraft;
  journal: DraftJournal | undefined;
  session: string;
}

/**
 * Autosave of one story through the API, with the journal: every change is kept
 * in IndexedDB until the server or main process has acknowledged it. Lives as long
 * as the story is open, then flushes and stops. `autosave` keeps its identity while the story is
 * open. The save state goes to `saveStateStore` (the toolbar's indicator): "Saving…" and "Saved"
 * alternate with every save while the writer types and re-render nothing else; only a conflict,
 * which the editor shows, comes back from here.
 */
export function useStoryAutosave({ storyId, opened, snapshot, journal, session }: Options): { autosave: StoryAutosave; conflict: ConflictState | undefined } {
  const api = useApi();
  const connection = useConnectionState();
  const [initialState] = useState<SaveState>(() => (opened.recovered ? { kind: 'saving' } : { kind: 'saved', at: Date.now() }));
  const [conflict, setConflict] = useState<ConflictState>();

  const { autosave, writer, currentState } = useMemo(() => {
    // Both refer to each other through these closures; neither is used before both exist.
    let autosave: Autosave<StoryDraft> | undefined;
    /** The state last published (the toolbar shows it). */
    const shown: { state: SaveState } = { state: initialState };
    /** Saves sent and not answered: the journal records their digests. */
    const unanswered = new UnansweredSaves();
    const writer = new JournalWriter(journal, storyId, session, () => {
      // While a save is sent on a version this window has only just recognised as its own (below), the draft is based on that one.
      const baseVersion = unanswered.sentOn ?? autosave!.baseVersion;
      return { baseVersion, draft: snapshot(), sentDigests: unanswered.on(baseVersion) };
    });
    /** The version a conflict reports, when it is one of this window's own saves committed without an answer. */
    const ownCommit = (error: unknown): number | undefined => {
      const current = error instanceof ApiError && error.code === 'conflict' ? (error.details as { current?: Story } | undefined)?.current : undefined;
      return current && unanswered.committed(current.version, digest(canonicalDraft(draftOf(current)))) ? current.version : undefined;
    };
    autosave = new Autosave<StoryDraft>(opened.baseVersion, {
      // A save starts after the next frame is painted (within 50 ms), so these are 50 ms under the
      // promised 300 ms after the last keystroke and 2 s during continuous typing.
      debounceMs: 250,
      maxWaitMs: 1_950,
      setTimer: (fn, ms) => afterNextPaint(fn, ms),
      clearTimer: (cancel) => (cancel as () => void)(),
      snapshot,
      save: async (draft, baseVersion) => {
        const sent = digest(canonicalDraft(draft));
        // After this window's own save was recognised in the library, the saves that follow are made on it.
        let base = Math.max(baseVersion, unanswered.sentOn ?? baseVersion);
        for (let attempt = 0; ; attempt += 1) {
          unanswered.sending(base, sent);
          // In the journal before it can be in the library: a save committed but never answered (a
          // crash, a kill, a reload) is then recognised by its digest, not replayed over the library's newer text.
          writer.writeNow(true);
          try {
            const { version } = await api.saveStory({ id: storyId, baseVersion: base, changes: draft });
            unanswered.answered();
            return version;
          } catch (error) {
            // A retry refused because the library holds this window's own earlier save (its answer was lost): saved on top of it.
            const own = attempt === 0 ? ownCommit(error) : undefined;
            if (own === undefined) throw error;
            base = own;
          }
        }
      },
      onState: (next) => {
        // "Saving…" again on every keystroke is no news.
        if (shown.state.kind === 'saving' && next.kind === 'saving') return;
        shown.state = next;
        saveStateStore.publish(next);
        setConflict(next.kind === 'conflict' ? next : undefined);
      },
      onSaved: (_version, stillDirty) => (stillDirty ? writer.changed() : writer.clear()),
    });
    return { autosave, writer, currentState: () => shown.state };
  }, [api, storyId, opened, snapshot, journal, session, initialState]);

  useEffect(() => {
    if (!opened.recovered) return;
    writer.writeNow();
    writer.removeOther(opened.recovered.sessionId);
    autosave.changed();
  }, [autosave, writer, opened]);

  useEffect(() => {
    if (connection === 'connected') autosave.retryNow();
  }, [autosave, connection]);

  useEffect(() => {
    // A window being hidden or closed settles its journal entry at once.
    const now = () => writer.leave(autosave.hasUnsavedChanges);
    const onVisibility = () => document.visibilityState === 'hidden' && now();
    const stopLeaving = beforeLeaving(now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopLeaving();
      document.removeEventListener('visibilitychange', onVisibility);
      void autosave.flush().then(() => autosave.stop());
    };
  }, [autosave, writer]);

  useEffect(() => {
    saveStateStore.publish(currentState());
    return () => saveStateStore.publish(undefined);
  }, [currentState]);

  const handle = useMemo(
    (): StoryAutosave => ({
      changed: () => {
        autosave.changed();
        writer.changed();
      },
      flush: () => autosave.flush(),
      overwriteFrom: (version: number) => {
        autosave.overwriteFrom(version);
        writer.changed();
      },
      adopt: (version: number) => {
        autosave.adopt(version);
        writer.clear();
      },
      get hasUnsavedChanges() {
        return autosave.hasUnsavedChanges;
      },
      get baseVersion() {
        return autosave.baseVersion;
      },
    }),
    [autosave, writer],
  );
  return { autosave: handle, conflict };
}
