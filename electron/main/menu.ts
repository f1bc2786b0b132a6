import type { MenuItemConstructorOptions } from 'electron';
import { FACT_TAG_COMMANDS, type MenuCommand } from '../api/contract';
import { FACT_KINDS } from '../../story/facts/model';

const KIND_LABELS = { claim: 'Claim', quote: 'Quote', figure: 'Figure', date: 'Date or Time', person: 'Person and Title', organisation: 'Organisation', place: 'Place' } as const;
const KIND_KEYS = { claim: 'C', quote: 'Q', figure: 'F', date: 'D', person: 'P', organisation: 'O', place: 'L' } as const;

/** "Claim (C)" … one item per fact kind, each sending its tag command. */
export function factTagItems(send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  return FACT_KINDS.map((kind) => ({ label: `${KIND_LABELS[kind]}  (${KIND_KEYS[kind]})`, click: () => send(FACT_TAG_COMMANDS[kind]) }));
}

export interface MenuContext {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** Deliver a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  /** Import through the native open dialog (files or a folder). */
  importFrom(kind: 'files' | 'folder'): void;
}

/** The native menus: the platform's standard items plus Copydesk's commands, with the shortcuts of UI.md. */
export function menuTemplate({ platform, isPackaged, send, importFrom }: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  });

  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: 'File',
      submenu: [
        command('New Story', 'CmdOrCtrl+N', 'newStory'),
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+Shift+O', click: () => importFrom('files') },
        { label: 'Import Folder…', click: () => importFrom('folder') },
        { type: 'separator' },
        command('Save Version', 'CmdOrCtrl+S', 'saveNow'),
        command('Export…', 'CmdOrCtrl+E', 'exportStory'),
        { type: 'separator' },
        { label: 'Backups…', click: () => send('showBackups') },
        { type: 'separator' },
        { role: 'close' },
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find', 'CmdOrCtrl+F', 'findInPane'),
        command('Find and Replace', 'CmdOrCtrl+Alt+F', 'findReplace'),
      ],
    },
    {
      label: 'Facts',
      submenu: [
        // ⌘⇧F then a letter is a chord the editor reads itself; the menu names the letter.
        { label: 'Tag Selection as Fact (⌘⇧F, then a letter)', enabled: false },
        ...factTagItems(send),
        { type: 'separator' },
        command('Next Unverified Fact', 'F8', 'nextUnverifiedFact'),
        command('Previous Unverified Fact', 'Shift+F8', 'previousUnverifiedFact'),
      ],
    },
    {
      label: 'View',
      submenu: [
        command('Toggle Library', 'CmdOrCtrl+1', 'toggleLibrary'),
        command('Toggle Facts', 'CmdOrCtrl+2', 'toggleFacts'),
        command('Toggle Preview', 'CmdOrCtrl+3', 'togglePreview'),
        { type: 'separator' },
        command('Focus Mode', 'CmdOrCtrl+Shift+J', 'toggleFocusMode'),
        command('Typewriter Scrolling', 'CmdOrCtrl+Shift+Y', 'toggleTypewriter'),
        command('Light, Dark or System Theme', 'CmdOrCtrl+Shift+L', 'toggleTheme'),
        { type: 'separator' },
        command('Story Details', 'CmdOrCtrl+Shift+D', 'toggleStoryDetails'),
        command('Versions', 'CmdOrCtrl+Shift+H', 'showVersions'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [command('Keyboard Shortcuts', 'CmdOrCtrl+/', 'showShortcuts')] },
  );
  return template;
}
