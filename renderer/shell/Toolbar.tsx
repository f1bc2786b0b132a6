import type { ReactNode } from 'react';
import type { PaneName, PaneVisibility } from '../hooks/usePanes';
import { SaveIndicator } from './SaveIndicator';
import { shortcutLabel, type MenuCommand } from './commands';
import type { ConnectionState } from '../api/transport';
import { ViewControls } from './ViewControls';

interface Props {
  panes: PaneVisibility;
  onTogglePane(pane: PaneName): void;
  onNewStory(): void;
  onExport(): void;
  /** The open story's name and status menu. */
  title: ReactNode;
  connection: ConnectionState;
  onShowShortcuts(): void;
}

const PANE_BUTTONS: ReadonlyArray<{ pane: PaneName; label: string; command: MenuCommand }> = [
  { pane: 'library', label: 'Library', command: 'toggleLibrary' },
  { pane: 'facts', label: 'Facts', command: 'toggleFacts' },
  { pane: 'preview', label: 'Preview', command: 'togglePreview' },
];

export function Toolbar({ panes, onTogglePane, onNewStory, onExport, title, connection, onShowShortcuts }: Props) {
  return (
    <header className="toolbar" role="toolbar" aria-label="Copydesk">
      <div className="toolbar-group">
        {PANE_BUTTONS.map(({ pane, label, command }) => (
          <button
            key={pane}
            type="button"
            className="toggle"
            aria-pressed={panes[pane]}
            onClick={() => onTogglePane(pane)}
            title={`Show or hide ${label} (${shortcutLabel(command)})`}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="toolbar-title" aria-live="polite">
        {title}
      </div>
      <div className="toolbar-group">
        {connection === 'reconnecting' && (
          <span className="connection-warning" role="alert">
            Reconnecting…
          </span>
        )}
        {connection === 'locked-out' && (
          <span className="connection-warning" role="alert" title="Your unsaved text is kept in this window and saved as soon as it can reach Copydesk again.">
            Copydesk restarted: open the address it printed
          </span>
        )}
        <SaveIndicator />
        <button type="button" className="button" onClick={onExport} title={`Export stories (${shortcutLabel('exportStory')})`}>
          Export…
        </button>
        <ViewControls onShowShortcuts={onShowShortcuts} />
        <button type="button" className="button primary" onClick={onNewStory} title={`New story (${shortcutLabel('newStory')})`}>
          New story
        </button>
      </div>
    </header>
  );
}
