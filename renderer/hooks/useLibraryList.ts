import { useCallback, useEffect, useRef, useState } from 'react';
import { useTransport } from '../api/TransportContext';
import { afterTypingPause } from './typingPause';

export interface LibraryList {
  /** The most recently changed live story, opened when nothing else is chosen. */
  newestId: string | undefined;
  /** Live stories (the trash not counted). */
  total: number;
  loaded: boolean;
  error: string | undefined;
  reload(): void;
}

/** What the shell needs of the library (its size and newest story), kept fresh as it changes. The list itself is the library pane's. */
export function useLibraryList(): LibraryList {
  const { api, on } = useTransport();
  const [newestId, setNewestId] = useState<string>();
  const [total, setTotal] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string>();
  const pending = useRef<() => void>(undefined);

  const reload = useCallback(() => {
    api.queryLibrary({ limit: 1 }).then(
      (page) => {
        setNewestId(page.rows[0]?.id);
        setTotal(page.total);
        setLoaded(true);
        setError(undefined);
      },
      (failure: Error) => setError(failure.message),
    );
  }, [api]);

  useEffect(() => {
    reload();
    // Saves arrive every other second while typing: refresh at most every 250 ms, once typing pauses.
    const unsubscribe = on.libraryChanged(() => {
      pending.current ??= afterTypingPause(() => {
        pending.current = undefined;
        reload();
      }, 250);
    });
    return () => {
      unsubscribe();
      pending.current?.();
    };
  }, [on, reload]);

  return { newestId, total, loaded, error, reload };
}
