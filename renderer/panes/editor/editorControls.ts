import type { FactKind } from '../../../story/facts/model';

/**
 * The open editor's commands for the shell (menu commands and window shortcuts):
 * the editor registers them while it is mounted.
 */
export interface EditorControls {
  /** Open the find bar (with replace for 'replace'); false when the editor does not have focus and `onlyIfFocused`. */
  find(mode: 'find' | 'replace', onlyIfFocused: boolean): boolean;
  /** Tag the selected words as a fact of this kind. */
  tagSelection(kind: FactKind): void;
  /** Go to the next (previous) fact still to check after the cursor. */
  walkFacts(direction: 'next' | 'previous'): void;
}

let active: EditorControls | undefined;

export const editorControls = {
  register(controls: EditorControls): () => void {
    active = controls;
    return () => {
      if (active === controls) active = undefined;
    };
  },
  find(mode: 'find' | 'replace', onlyIfFocused = false): boolean {
    return active?.find(mode, onlyIfFocused) ?? false;
  },
  tagSelection(kind: FactKind): void {
    active?.tagSelection(kind);
  },
  walkFacts(direction: 'next' | 'previous'): void {
    active?.walkFacts(direction);
  },
};
