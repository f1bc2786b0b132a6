import { useCallback, useEffect, useRef, useState } from 'react';
import type { StorySummary } from '../../story/model';
import { useTransport } from '../api/TransportContext';

export interface LibraryList {
  stories: StorySummary[];
  total: number;
  loaded: boolean;
  error: string | undefined;
  reload(): void;
}

/** The library's stories, newest first, kept fresh as the library changes. */
export function useLibraryList(): LibraryList {
  const { api, on } = useTransport();
  const [stories, setStories] = useState<StorySummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string>();
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  const reload = useCallback(() => {
    Promise.all([api.listStories({ limit: 500 }), api.getLibraryInfo({})]).then(
      ([list, info]) => {
        setStories(list);
        setTotal(info.storyCount);
        setLoaded(true);
        setError(undefined);
      },
      (failure: Error) => setError(failure.message),
    );
  }, [api]);

  useEffect(() => {
    reload();
    // Saves arrive several times a second while typing; refresh the list at most every 250 ms.
    const unsubscribe = on.libraryChanged(() => {
      if (pending.current !== undefined) return;
      pending.current = setTimeout(() => {
        pending.current = undefined;
        reload();
      }, 250);
    });
    return () => {
      unsubscribe();
      clearTimeout(pending.current);
    };
  }, [on, reload]);

  return { stories, total, loaded, error, reload };
}
