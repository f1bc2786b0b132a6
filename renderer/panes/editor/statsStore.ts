import { useSyncExternalStore } from 'react';
import type { TextStats } from './docJson';

export interface EditorStats {
  story: TextStats;
  /** Counts of the selected text, when something is selected. */
  selection?: TextStats;
}

let current: EditorStats | undefined;
const listeners = new Set<() => void>();

/** The open story's counts for the status bar; a store, so that only the status bar re-renders as they change. */
export const editorStats = {
  publish(stats: EditorStats | undefined): void {
    current = stats;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useEditorStats(): EditorStats | undefined {
  return useSyncExternalStore(editorStats.subscribe, () => current);
}
