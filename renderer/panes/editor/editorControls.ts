/**
 * The open editor's commands for the shell (menu commands and window shortcuts):
 * the editor registers them while it is mounted.
 */
export interface EditorControls {
  /** Open the find bar (with replace for 'replace'); false when the editor does not have focus and `onlyIfFocused`. */
  find(mode: 'find' | 'replace', onlyIfFocused: boolean): boolean;
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
};
