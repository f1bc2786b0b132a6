import { useSyncExternalStore } from 'react';
import type { SaveState } from './autosave';

let current: SaveState | undefined;
const listeners = new Set<() => void>();

/**
 * The open story's save state for the toolbar's indicator; a store, so that "Saving…" and "Saved",
 * which alternate with every save while the writer types, re-render the indicator alone and not the
 * whole window.
 */
export const saveStateStore = {
  publish(state: SaveState | undefined): void {
    if (state === current) return;
    current = state;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSaveState(): SaveState | undefined {
  return useSyncExternalStore(saveStateStore.subscribe, () => current);
}
