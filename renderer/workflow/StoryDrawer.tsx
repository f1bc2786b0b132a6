import { useEffect, useRef } from 'react';
import { DetailsForm } from './DetailsForm';
import { HistoryPanel } from './HistoryPanel';
import { VersionsPanel } from './VersionsPanel';
import type { WorkflowControl } from './useStoryWorkflow';

export type DrawerTab = 'details' | 'versions' | 'history';

interface Props {
  storyId: string;
  tab: DrawerTab;
  onTab(tab: DrawerTab): void;
  onClose(): void;
  workflow: WorkflowControl;
  /** Save what the editor holds (before a version is saved or restored). */
  flush(): Promise<void>;
  /** The story's text was replaced by a restore: the editor must reload it. */
  onRestored(): void;
}

const TABS: ReadonlyArray<{ id: DrawerTab; label: string }> = [
  { id: 'details', label: 'Details' },
  { id: 'versions', label: 'Versions' },
  { id: 'history', label: 'History' },
];

/** The story's drawer: its metadata, its saved versions (with a diff and restore), and its history. */
export function StoryDrawer({ storyId, tab, onTab, onClose, workflow, flush, onRestored }: Props) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>(`#drawer-tab-${tab}`)?.focus();
  }, [tab]);
  useEffect(() => {
    const drawer = ref.current;
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !(event.target as HTMLElement).closest('dialog')) onClose();
    };
    drawer?.addEventListener('keydown', escape);
    return () => drawer?.removeEventListener('keydown', escape);
  }, [onClose]);

  return (
    <aside ref={ref} className="pane story-drawer" aria-label="Story details">
      <div className="tab-list" role="tablist" aria-label="Story details">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            id={`drawer-tab-${id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab === id}
            aria-controls={`drawer-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => onTab(id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const at = TABS.findIndex((t) => t.id === tab);
              const next = TABS[(at + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!.id;
              onTab(next);
            }}
          >
            {label}
          </button>
        ))}
        <button type="button" className="drawer-close" onClick={onClose} aria-label="Close the story details" title="Close (Esc)">
          ×
        </button>
      </div>
      <div role="tabpanel" id={`drawer-panel-${tab}`} aria-labelledby={`drawer-tab-${tab}`} className="drawer-panel">
        {tab === 'details' && <DetailsForm key={storyId} storyId={storyId} />}
        {tab === 'versions' && <VersionsPanel key={storyId} storyId={storyId} flush={flush} onRestored={onRestored} />}
        {tab === 'history' && <HistoryPanel workflow={workflow} />}
      </div>
    </aside>
  );
}
