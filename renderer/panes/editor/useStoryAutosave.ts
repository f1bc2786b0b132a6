import { useEffect, useMemo, useState } from 'react';
import { useApi, useConnectionState } from '../../api/TransportContext';
import { afterNextPaint } from './afterNextPaint';
import { Autosave, type SaveState } from './autosave';
import { digest, type DraftJournal } from './journal/draftJournal';
import { canonicalDraft } from './journal/draftJson';
import { JournalWriter } from './journal/journalWriter';
import { beforeLeaving } from './journal/session';
import type { OpenedDraft } from './journal/recovery';
import type { StoryDraft } from './storyDraft';
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
    /** The save on its way to the server, if any: the journal records its digest. */
    const inFlight: { current?: { base: number; digest: string } } = {};
    const writer = new JournalWriter(journal, storyId, session, () => {
      const baseVersion = autosave!.baseVersion;
      const sent = inFlight.current;
      return { baseVersion, draft: snapshot(), ...(sent && sent.base === baseVersion ? { sentDigest: sent.digest } : {}) };
    });
    autosave = new Autosave<StoryDraft>(opened.baseVersion, {
      // A save starts after the next frame is painted (within 50 ms), so these are 50 ms under the
      // promised 300 ms after the last keystroke and 2 s during continuous typing.
      debounceMs: 250,
      maxWaitMs: 1_950,
      setTimer: (fn, ms) => afterNextPaint(fn, ms),
      clearTimer: (cancel) => (cancel as () => void)(),
      snapshot,
      save: async (draft, baseVersion) => {
        inFlight.current = { base: baseVersion, digest: digest(canonicalDraft(draft)) };
        // In the journal before it can be in the library: a save committed but never answered (a
        // crash, a reload) is then recognised by its digest, not replayed over the library's newer text.
        writer.writeNow(true);
        try {
          return (await api.saveStory({ id: storyId, baseVersion, changes: draft })).version;
        } finally {
          inFlight.current = undefined;
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
