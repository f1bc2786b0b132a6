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
import { holdInputUntilNewStoryOpens } from './shell/inputDuringSwitch';
import { SidePanes } from './shell/SidePanes';
import { viewPrefs } from './shell/viewPrefs';
import { StatusBar } from './shell/StatusBar';
import { Toolbar } from './shell/Toolbar';
import { focusStoryBody, routeFindToLibrary } from './panes/library/libraryFocus';
import { useStoryWorkflow } from './workflow/useStoryWorkflow';
import { StoryTitleMenu } from './workflow/StoryTitleMenu';
import { CorrectionPrompt } from './workflow/CorrectionPrompt';
import { StoryDrawer, type DrawerTab } from './workflow/StoryDrawer';
import { Toast, useToast } from './workflow/Toast';
import { useImporter } from './importing/useImporter';
import { ImportCenter } from './importing/ImportCenter';
import { BackupsDialog } from './backups/BackupsDialog';

const LAST_OPEN_KEY = 'copydesk.lastOpenStory';

export function App() {
  const transport = useTransport();
  const connection = useConnectionState();
  const library = useLibraryList();
  const [panes, togglePane] = usePanes();
  const [chosenId, setOpenId] = useState<string | undefined>(() => localStorage.getItem(LAST_OPEN_KEY) ?? undefined);
  // With nothing chosen (first launch, or the last story is gone), the newest story is open.
  // Once a story is open it stays open: an import or a save elsewhere never swaps it for the newest.
  if (chosenId === undefined && library.newestId) setOpenId(library.newestId);
  const openId = chosenId ?? library.newestId;
  const [autosave, setAutosave] = useState<StoryAutosave>();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [exporting, setExporting] = useState(false);
  const autosaveRef = useLatest(autosave);
  const workflow = useStoryWorkflow(openId);
  const importer = useImporter();
  const [drawer, setDrawer] = useState<{ open: boolean; tab: DrawerTab }>({ open: false, tab: 'details' });
  const [backupsOpen, setBackupsOpen] = useState(false);
  // Bumped when a restore replaces the open story's text, so the editor loads it afresh.
  const [editorEpoch, setEditorEpoch] = useState(0);
  const [toast, showToast, hideToast] = useToast();

  useEffect(() => {
    if (openId) localStorage.setItem(LAST_OPEN_KEY, openId);
  }, [openId]);

  useEffect(() => {
    if (library.loaded) document.documentElement.dataset.appReady = 'true';
  }, [library.loaded]);

  /** Open another story once the open one's edits are saved; false when they cannot be (it stays open). */
  const openStory = useCallback(async (id: string): Promise<boolean> => {
    const current = autosaveRef.current;
    if (current?.hasUnsavedChanges) await current.flush();
    if (autosaveRef.current?.hasUnsavedChanges) {
      setNotice('This story has changes that could not be saved yet; it stays open until they are saved.');
      return false;
    }
    setNotice(undefined);
    setOpenId(id);
    return true;
  }, [autosaveRef]);

  // The facts pane's consistency warnings open the other story (renderer/panes/facts/factEvents.ts).
  useEffect(() => {
    const onOpenStory = (event: Event) => void openStory((event as CustomEvent<{ storyId: string }>).detail.storyId);
    window.addEventListener(OPEN_STORY, onOpenStory);
    return () => window.removeEventListener(OPEN_STORY, onOpenStory);
  }, [openStory]);

  const newStory = useCallback(async () => {
    const held = holdInputUntilNewStoryOpens();
    let opened = false;
    try {
      const story = await transport.api.createStory({});
      library.reload();
      opened = await openStory(story.id);
    } catch (error) {
      setNotice(`Could not create a story: ${(error as Error).message}`);
    } finally {
      void held.deliver(opened);
    }
  }, [transport, library, openStory]);

  const flush = useCallback(async () => {
    await autosaveRef.current?.flush();
  }, [autosaveRef]);

  /** Cmd/Ctrl+S: save what is typed, then keep it as a version. */
  const saveVersion = useCallback(async () => {
    if (!openId) return;
    await flush();
    try {
      await transport.api.saveVersion({ id: openId });
      showToast({ text: 'Version saved.' });
    } catch (error) {
      setNotice(`Could not save a version: ${(error as Error).message}`);
    }
  }, [openId, flush, transport, showToast]);

  /** Delete in the library: to the trash (with Undo); the open story's edits are saved first. */
  const trashStory = useCallback(
    async (id: string, next: string | undefined) => {
      if (id === openId) await flush();
      try {
        await transport.api.trashStories({ ids: [id] });
        // Nothing below it: nothing open ('' rather than undefined, which would reopen the newest).
        if (id === openId) setOpenId(next ?? '');
        showToast({ text: 'Moved to the trash.', action: { label: 'Undo', run: () => void transport.api.restoreStories({ ids: [id] }) } });
      } catch (error) {
        setNotice((error as Error).message);
      }
    },
    [openId, flush, transport, showToast],
  );

  const handlers: CommandHandlers = {
    newStory: () => void newStory(),
    saveNow: () => void saveVersion(),
    importFiles: () => importer.pickFiles(),
    showBackups: () => setBackupsOpen(true),
    toggleStoryDetails: () => setDrawer((current) => ({ open: !(current.open && current.tab === 'details'), tab: 'details' })),
    showVersions: () => setDrawer({ open: true, tab: 'versions' }),
    toggleLibrary: () => togglePane('library'),
    toggleFacts: () => togglePane('facts'),
    togglePreview: () => togglePane('preview'),
    // Find goes to the library's search when the focus is in the library, else to the story.
    findInPane: () => {
      if (!routeFindToLibrary()) editorControls.find('find');
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

  const visibleSides = (['library', 'facts', 'preview'] as PaneName[]).filter((pane) => panes[pane]);

  return (
    <div className="app" data-panes={visibleSides.join(' ')}>
      <Toolbar
        panes={panes}
        onTogglePane={togglePane}
        onNewStory={() => void newStory()}
        onExport={() => setExporting(true)}
        title={
          openId && (
            <StoryTitleMenu
              storyId={openId}
              control={workflow}
              detailsOpen={drawer.open}
              onShowDetails={() => setDrawer((current) => ({ open: !current.open, tab: current.tab }))}
              onShowHistory={() => setDrawer({ open: true, tab: 'history' })}
            />
          )
        }
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
      {openId && <CorrectionPrompt control={workflow} />}
      <main className="workspace">
        {panes.library && (
          <LibraryPane
            openId={openId}
            onOpen={(id, { focusEditor }) => {
              const before = document.querySelector('.story-body');
              void openStory(id).then(() => focusEditor && focusStoryBody(id === openId ? undefined : before));
            }}
            onNewStory={() => void newStory()}
            onTrash={(id, next) => void trashStory(id, next)}
            onImportFiles={importer.pickFiles}
            onImportFolder={importer.pickFolder}
            onShowBackups={() => setBackupsOpen(true)}
          />
        )}
        <section className="pane editor-pane" aria-label="Editor">
          {openId ? (
            <EditorPane
              key={`${openId}:${editorEpoch}`}
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
        {drawer.open && openId && (
          <StoryDrawer
            storyId={openId}
            tab={drawer.tab}
            onTab={(tab) => setDrawer({ open: true, tab })}
            onClose={() => setDrawer((current) => ({ ...current, open: false }))}
            workflow={workflow}
            flush={flush}
            onRestored={() => setEditorEpoch((epoch) => epoch + 1)}
          />
        )}
      </main>
      <ImportCenter importer={importer} />
      {backupsOpen && <BackupsDialog onClose={() => setBackupsOpen(false)} />}
      <Toast message={toast} onHide={hideToast} />
      <StatusBar storyOpen={Boolean(openId)} libraryTotal={library.total} />
      {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
      {exporting && (
        <ExportDialog
          storyId={openId || undefined}
          storyStatus={workflow.workflow?.status}
          beforeExport={async () => void (await autosaveRef.current?.flush())}
          onClose={() => setExporting(false)}
        />
      )}
    </div>
  );
}
