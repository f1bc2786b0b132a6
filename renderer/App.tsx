import { useCallback, useEffect, useState } from 'react';
import { useLatest } from './hooks/useLatest';
import { useConnectionState, useTransport } from './api/TransportContext';
import { useLibraryList } from './hooks/useLibraryList';
import { usePanes, type PaneName } from './hooks/usePanes';
import { EditorPane } from './panes/editor/EditorPane';
import { editorControls } from './panes/editor/editorControls';
import type { StoryAutosave } from './panes/editor/useStoryAutosave';
import { FactsPane } from './panes/facts/FactsPane';
import { OPEN_STORY } from './panes/facts/factEvents';
import { factCommandHandlers } from './panes/facts/factCommands';
import { LibraryPane } from './panes/library/LibraryPane';
import { PreviewPane } from './panes/preview/PreviewPane';
import { ExportDialog } from './panes/export/ExportDialog';
import { commandForKey, type CommandHandlers, type MenuCommand } from './shell/commands';
import { ShortcutSheet } from './shell/ShortcutSheet';
import { SidePanes } from './shell/SidePanes';
import { viewPrefs } from './shell/viewPrefs';
import { StatusBar } from './shell/StatusBar';
import { Toolbar } from './shell/Toolbar';

const LAST_OPEN_KEY = 'copydesk.lastOpenStory';

export function App() {
  const transport = useTransport();
  const connection = useConnectionState();
  const library = useLibraryList();
  const [panes, togglePane] = usePanes();
  const [chosenId, setOpenId] = useState<string | undefined>(() => localStorage.getItem(LAST_OPEN_KEY) ?? undefined);
  // With nothing chosen (first launch, or the last story is gone), the newest story is open.
  const openId = chosenId ?? library.stories[0]?.id;
  const [autosave, setAutosave] = useState<StoryAutosave>();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [exporting, setExporting] = useState(false);
  const autosaveRef = useLatest(autosave);

  useEffect(() => {
    if (openId) localStorage.setItem(LAST_OPEN_KEY, openId);
  }, [openId]);

  useEffect(() => {
    if (library.loaded) document.documentElement.dataset.appReady = 'true';
  }, [library.loaded]);

  const openStory = useCallback(async (id: string) => {
    const current = autosaveRef.current;
    if (current?.hasUnsavedChanges) await current.flush();
    if (autosaveRef.current?.hasUnsavedChanges) {
      setNotice('This story has changes that could not be saved yet; it stays open until they are saved.');
      return;
    }
    setNotice(undefined);
    setOpenId(id);
  }, [autosaveRef]);

  // The facts pane's consistency warnings open the other story (renderer/panes/facts/factEvents.ts).
  useEffect(() => {
    const onOpenStory = (event: Event) => void openStory((event as CustomEvent<{ storyId: string }>).detail.storyId);
    window.addEventListener(OPEN_STORY, onOpenStory);
    return () => window.removeEventListener(OPEN_STORY, onOpenStory);
  }, [openStory]);

  const newStory = useCallback(async () => {
    try {
      const story = await transport.api.createStory({});
      library.reload();
      await openStory(story.id);
    } catch (error) {
      setNotice(`Could not create a story: ${(error as Error).message}`);
    }
  }, [transport, library, openStory]);

  const handlers: CommandHandlers = {
    newStory: () => void newStory(),
    saveNow: () => void autosaveRef.current?.flush(),
    toggleLibrary: () => togglePane('library'),
    toggleFacts: () => togglePane('facts'),
    togglePreview: () => togglePane('preview'),
    // Find goes to the story unless the focus is in another pane (the library routes its own search).
    findInPane: () => {
      if (!document.activeElement?.closest('.library-pane')) editorControls.find('find');
    },
    findReplace: () => editorControls.find('replace'),
    showShortcuts: () => setShortcutsOpen((open) => !open),
    toggleFocusMode: () => viewPrefs.toggle('focusMode'),
    toggleTypewriter: () => viewPrefs.toggle('typewriter'),
    toggleTheme: () => viewPrefs.cycleTheme(),
    ...factCommandHandlers(),
    exportStory: () => setExporting(true),
  };
  const handlersRef = useLatest(handlers);

  useEffect(() => {
    const run = (command: MenuCommand) => handlersRef.current[command]?.();
    const unsubscribe = transport.on.menuCommand(({ command }) => run(command));
    // In Electron the native menu owns these shortcuts and sends menuCommand instead.
    const onKeyDown = (event: KeyboardEvent) => {
      if (transport.kind === 'electron') return;
      const command = commandForKey(event);
      if (command && handlersRef.current[command]) {
        event.preventDefault();
        run(command);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [transport, handlersRef]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (autosaveRef.current?.hasUnsavedChanges) {
        void autosaveRef.current.flush();
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [autosaveRef]);

  const openStorySummary = library.stories.find((story) => story.id === openId);
  const visibleSides = (['library', 'facts', 'preview'] as PaneName[]).filter((pane) => panes[pane]);

  return (
    <div className="app" data-panes={visibleSides.join(' ')}>
      <Toolbar
        panes={panes}
        onTogglePane={togglePane}
        onNewStory={() => void newStory()}
        onExport={() => setExporting(true)}
        title={openStorySummary ? openStorySummary.headline || 'Untitled story' : undefined}
        saveState={autosave?.state}
        connection={connection}
        onShowShortcuts={() => setShortcutsOpen(true)}
      />
      {notice && (
        <div className="notice" role="alert">
          {notice}
          <button type="button" className="link-button" onClick={() => setNotice(undefined)}>
            Dismiss
          </button>
        </div>
      )}
      <main className="workspace">
        {panes.library && <LibraryPane library={library} selectedId={openId} onOpen={(id) => void openStory(id)} onNewStory={() => void newStory()} />}
        <section className="pane editor-pane" aria-label="Editor">
          {openId ? (
            <EditorPane
              key={openId}
              storyId={openId}
              onAutosave={setAutosave}
              onMissing={() => setOpenId(undefined)}
              onOpenStory={(id) => void openStory(id)}
            />
          ) : (
            <div className="empty-state">
              <p>No story open.</p>
              <button type="button" className="button primary" onClick={() => void newStory()}>
                New story
              </button>
            </div>
          )}
        </section>
        <SidePanes facts={panes.facts ? <FactsPane /> : undefined} preview={panes.preview ? <PreviewPane /> : undefined} />
      </main>
      <StatusBar storyOpen={Boolean(openId)} libraryTotal={library.total} />
      {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
      {exporting && (
        <ExportDialog
          storyId={openId}
          storyStatus={openStorySummary?.status}
          beforeExport={async () => void (await autosaveRef.current?.flush())}
          onClose={() => setExporting(false)}
        />
      )}
    </div>
  );
}
