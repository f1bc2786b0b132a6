import type { SaveState } from '../panes/editor/autosave';
import { useSaveState } from '../panes/editor/saveStateStore';

export function saveStateText(state: SaveState | undefined): string {
  if (!state) return '';
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${state.reason}`;
    case 'conflict':
      return `Not saved: ${state.reason}`;
  }
}

/** Saved ✓ only once the main process (or server) has committed the edit and answered. */
export function SaveIndicator() {
  const state = useSaveState();
  if (!state) return <span className="save-indicator" data-save-state="none" />;
  return (
    <span className={`save-indicator save-${state.kind}`} data-save-state={state.kind} role="status" aria-live="polite" title={saveStateText(state)}>
      {saveStateText(state)}
      {state.kind === 'saved' && <span aria-hidden="true"> ✓</span>}
    </span>
  );
}
