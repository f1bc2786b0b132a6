import { valueStore } from '../../state/valueStore';
import type { SaveState } from './autosave';

/**
 * The open story's save state for the toolbar's indicator; a store, so that "Saving…" and "Saved",
 * which alternate with every save while the writer types, re-render the indicator alone and not the
 * whole window.
 */
export const saveStateStore = valueStore<SaveState | undefined>(undefined);

export const useSaveState = (): SaveState | undefined => saveStateStore.use();
