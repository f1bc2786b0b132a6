import { useEffect, useMemo, useState } from 'react';
import { useApi, useConnectionState } from '../../api/TransportContext';
import { Autosave, type SaveState } from './autosave';
import { digest, type DraftJournal } from './journal/draftJournal';
import { canonicalDraft } from './journal/draftJson';
import { JournalWriter } from './journal/journalWriter';
import type { OpenedDraft } from './journal/recovery';
import type { StoryDraft } from './storyDraft';

export type { StoryDraft } from './storyDraft';

export interface StoryAutosave {
  changed(): void;
  flush(): Promise<void>;
  /** Conflict: keep this draft over the stored version. */
  overwriteFrom(version: number): void;
  /** Conflict: take the stored version; this draft is dropped (the caller has put theirs on screen). */
  adopt(version: number): void;
  readonly state: SaveState;
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
 * as the story is open, then flushes and stops.
 */
export function useStoryAutosave({ storyId, opened, snapshot, journal, session }: Options): StoryAutosave {
  const api = useApi();
  const connection = useConnectionState();
  const [state, setState] = useState<SaveState>(() => (opened.recovered ? { kind: 'saving' } : { kind: 'saved', at: Date.now() }));

  const { autosave, writer } = useMemo(() => {
    // Both refer to each other through these closures; neither is used before both exist.
    let autosave: Autosave<StoryDraft> | undefined;
    /** The save on its way to the server, if any: the journal records its digest. */
    const inFlight: { current?: { base: number; digest: string } } = {};
    const writer = new JournalWriter(journal, storyId, session, () => {
      const baseVersion = autosave!.baseVersion;
      const sent = inFlight.current;
      return { baseVersion, draft: snapshot(), ...(sent && sent.base === baseVersion ? { sentDigest: sent.digest } : {}) };
    });
    autosave = new Autosave<StoryDraft>(opened.baseVersion, {
      snapshot,
      save: async (draft, baseVersion) => {
        inFlight.current = { base: baseVersion, digest: digest(canonicalDraft(draft)) };
        writer.changed();
        try {
          return (await api.saveStory({ id: storyId, baseVersion, changes: draft })).version;
        } finally {
          inFlight.current = undefined;
        }
      },
      // "Saving…" again on every keystroke is no news: keep the same state so nothing re-renders.
      onState: (next) => setState((previous) => (previous.kind === 'saving' && next.kind === 'saving' ? previous : next)),
      onSaved: (_version, stillDirty) => (stillDirty ? writer.changed() : writer.clear()),
    });
    return { autosave, writer };
  }, [api, storyId, opened, snapshot, journal, session]);

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
    // A window being hidden or closed writes its journal entry at once.
    const now = () => {
      if (autosave.hasUnsavedChanges) writer.writeNow(true);
    };
    const onVisibility = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onVisibility);
      void autosave.flush().then(() => autosave.stop());
    };
  }, [autosave, writer]);

  return useMemo(
    () => ({
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
      state,
      get hasUnsavedChanges() {
        return autosave.hasUnsavedChanges;
      },
      get baseVersion() {
        return autosave.baseVersion;
      },
    }),
    [autosave, writer, state],
  );
}
