import { valueStore } from '../../state/valueStore';
import type { TextStats } from './docJson';

export interface EditorStats {
  story: TextStats;
  /** Counts of the selected text, when something is selected. */
  selection?: TextStats;
}

/** The open story's counts for the status bar; a store, so that only the status bar re-renders as they change. */
export const editorStats = valueStore<EditorStats | undefined>(undefined);

export const useEditorStats = (): EditorStats | undefined => editorStats.use();
