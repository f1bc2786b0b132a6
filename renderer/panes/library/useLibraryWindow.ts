import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryRow } from '../../../story/library';
import { useTransport } from '../../api/TransportContext';
import { afterTypingPause } from '../../hooks/typingPause';
import { useLatest } from '../../hooks/useLatest';
import type { ApiError } from '../../api/ApiError';
import { effectiveSort, type LibraryQueryState } from './libraryQuery';

export const PAGE_SIZE = 100;
/** Changes arrive many times a second during an import or while typing: refresh at most this often. */
const REFRESH_MS = 400;

export interface LibraryWindow {
  /** Rows in the list (at least that many when `exact` is false: more arrive as it scrolls). */
  total: number;
  exact: boolean;
  /** False until the first answer for the current query. */
  loaded: boolean;
  /** Said instead of results when the search text has nothing to search for. */
  message: string | undefined;
  error: string | undefined;
  rowAt(index: number): LibraryRow | undefined;
  /** Ask for the rows from `start` to `end` (they arrive a page at a time). */
  ensure(start: number, end: number): void;
  /** Find a story's position among the rows loaded so far. */
  indexOf(id: string): number;
  refresh(): void;
}

/**
 * The library list as a window over the server: pages of 100 rows fetched as the list
 * scrolls to them, never the whole library. A new query starts afresh; a change in the
 * library refetches the pages in view, keeping the old rows on screen until then.
 */
export function useLibraryWindow(query: LibraryQueryState): LibraryWindow {
  const { api, on, onConnection } = useTransport();
  const [pages, setPages] = useState<ReadonlyMap<number, LibraryRow[]>>(new Map());
  const [total, setTotal] = useState(0);
  const [exact, setExact] = useState(true);
  const [loaded, setLoaded] = useState(false);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  // A new query starts from an empty list (set while rendering, as React advises for state that follows a prop).
  const key = JSON.stringify([query.scope, query.text, query.filters, effectiveSort(query)]);
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setPages(new Map());
    setLoaded(false);
    setTotal(0);
    setExact(true);
  }
  const generation = useRef(0);
  const requested = useRef(new Set<number>());
  const visible = useRef({ start: 0, end: PAGE_SIZE });
  const queryRef = useLatest(query);

  const fetchPage = useCallback(
    (page: number, forGeneration: number) => {
      const current = queryRef.current;
      api
        .queryLibrary({ scope: current.scope, text: current.text, filters: current.filters, sort: effectiveSort(current), offset: page * PAGE_SIZE, limit: PAGE_SIZE })
        .then(
          (result) => {
            if (forGeneration !== generation.current) return;
            setPages((previous) => new Map(previous).set(page, result.rows));
            // A lower bound only grows as windows further down are counted further.
            setTotal((previous) => (result.exact ? result.total : Math.max(previous, result.total)));
            setExact(result.exact);
            setMessage(result.message);
            setError(undefined);
            setLoaded(true);
          },
          (failure: ApiError) => {
            if (forGeneration !== generation.current) return;
            requested.current.delete(page);
            // Unreachable or restarted: the toolbar says so, and the list reloads once connected again.
            if (failure.code === 'offline' || failure.code === 'forbidden') return;
            setError(failure.message);
            setLoaded(true);
          },
        );
    },
    [api, queryRef],
  );

  const ensure = useCallback(
    (start: number, end: number) => {
      visible.current = { start, end };
      const first = Math.floor(Math.max(0, start) / PAGE_SIZE);
      const last = Math.floor(Math.max(0, end) / PAGE_SIZE);
      for (let page = first; page <= last; page++) {
        if (requested.current.has(page)) continue;
        requested.current.add(page);
        fetchPage(page, generation.current);
      }
    },
    [fetchPage],
  );

  /** Start a new generation: answers to older requests are ignored, and the pages in view are fetched again. */
  const fetchedKey = useRef('');
  const refetch = useCallback((forKey: string) => {
    fetchedKey.current = forKey;
    generation.current++;
    requested.current = new Set();
    ensure(visible.current.start, visible.current.end);
  }, [ensure]);

  /** After a change in the library: refetch what is in view, dropping the pages out of view. */
  const reload = useCallback(() => {
    const keep = new Set<number>();
    for (let page = Math.floor(visible.current.start / PAGE_SIZE); page <= Math.floor(visible.current.end / PAGE_SIZE); page++) keep.add(page);
    setPages((previous) => new Map([...previous].filter(([page]) => keep.has(page))));
    refetch(fetchedKey.current);
  }, [refetch]);

  useEffect(() => {
    visible.current = { start: 0, end: PAGE_SIZE };
    refetch(shownKey);
  }, [shownKey, refetch]);

  useEffect(() => {
    let cancel: (() => void) | undefined;
    // Once typing pauses: a save's refresh between a fast typist's keystrokes would delay them.
    const refresh = () => {
      cancel ??= afterTypingPause(() => {
        cancel = undefined;
        reload();
      }, REFRESH_MS);
    };
    // Checking a fact changes the "has unverified facts" filter and the search's fact hits.
    const unsubscribe = on.libraryChanged(refresh);
    const offFacts = on.factsChanged(refresh);
    const offConnection = onConnection((state) => {
      if (state === 'connected') reload();
    });
    return () => {
      unsubscribe();
      offFacts();
      offConnection();
      cancel?.();
    };
  }, [on, onConnection, reload]);

  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [pages]);
  const indexOf = useCallback(
    (id: string) => {
      for (const [page, rows] of pages) {
        const at = rows.findIndex((row) => row.id === id);
        if (at >= 0) return page * PAGE_SIZE + at;
      }
      return -1;
    },
    [pages],
  );

  return { total, exact, loaded, message, error, rowAt, ensure, indexOf, refresh: reload };
}
