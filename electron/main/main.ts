import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { eventChannel, type EventName } from '../api/contract';
import { openCore, type Core } from '../core/core';
import { defaultDataDir, LIBRARY_FILE } from '../core/paths';
import { LibraryOpenError } from '../../db/errors';
import { APP_ENTRY_URL } from './appOrigin';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { guardSession, guardWebContents } from './guards';
import { isTrustedSender, registerApiHandlers } from './ipc';
import { contextMenuTemplate } from './contextMenu';
import { chooseFolderWithDialog } from './folderDialog';
import { menuTemplate } from './menu';
import { importFromDialog } from './importDialog';
import { createElectronPdfPrinter, printWindowOptions } from './pdfPrinter';
import { devNativeBinding } from './nativeBinding';
import { mainWindowOptions } from './windowOptions';
import { holdQuitUntilShutdown } from './quit';
import { watchAssistiveTechnology } from './assistiveTechnology';
import { HOLDER_NAMES } from '../core/holderNames';

const appRoot = path.resolve(__dirname, '..', '..');
const rendererDir = path.join(appRoot, 'dist', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

app.setName('Copydesk');
// One data folder for the app, browser mode and the CLI (see core/paths).
app.setPath('userData', defaultDataDir());
registerAppScheme(protocol);

/** `--library=PATH` or COPYDESK_LIBRARY opens another library (the e2e tests use a fresh one each). */
function libraryPath(): string {
  const flag = process.argv.find((arg) => arg.startsWith('--library='));
  return flag?.slice('--library='.length) || process.env.COPYDESK_LIBRARY || path.join(app.getPath('userData'), LIBRARY_FILE);
}

const windowIds = new Set<number>();
let core: Core | undefined;
const assistiveTechnology = watchAssistiveTechnology(app, (report) => sendToWindows('assistiveTechnology', report));

/** An event to every Copydesk window. */
function sendToWindows(name: EventName, payload: unknown): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (windowIds.has(window.webContents.id)) window.webContents.send(eventChannel(name), payload);
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, app.isPackaged));
  const id = window.webContents.id;
  windowIds.add(id);
  window.on('closed', () => windowIds.delete(id));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-finish-load', () => assistiveTechnology.reportTo((report) => window.webContents.send(eventChannel('assistiveTechnology'), report)));
  // Spellcheck suggestions (Electron's built-in spellchecker) and the editing commands on right-click.
  window.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => window.webContents.replaceMisspelling(word),
      addToDictionary: (word) => window.webContents.session.addWordToSpellCheckerDictionary(word),
      command: (command) => window.webContents.send(eventChannel('menuCommand'), { command }),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function focusedOrFirstWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

async function start(): Promise<void> {
  guardSession(session.defaultSession);
  handleAppProtocol(protocol, rendererDir);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => void shell.openExternal(url)));

  try {
    const nativeBinding = devNativeBinding(appRoot, process.versions.electron, app.isPackaged);
    core = openCore({
      libraryPath: libraryPath(),
      mode: 'electron',
      app: HOLDER_NAMES.desktop,
      background: true,
      ...(nativeBinding ? { nativeBinding } : {}),
      platform: {
        chooseFolder: () => chooseFolderWithDialog(dialog, focusedOrFirstWindow()),
        pdfPrinter: createElectronPdfPrinter(() => new BrowserWindow(printWindowOptions())),
      },
    });
  } catch (error) {
    const message = error instanceof LibraryOpenError ? error.message : `The library could not be opened: ${(error as Error).message}`;
    dialog.showErrorBox('Copydesk cannot open its library', message);
    app.exit(1);
    return;
  }

  registerApiHandlers(ipcMain, core.dispatch, (event) => isTrustedSender(event, windowIds));
  core.events.subscribe(sendToWindows);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        send: (command) => focusedOrFirstWindow()?.webContents.send(eventChannel('menuCommand'), { command }),
        importFrom: (kind) => {
          const window = focusedOrFirstWindow();
          if (window && core?.state === 'open') void importFromDialog(dialog, window, kind, (paths) => core!.services.imports.importPaths(paths).done);
        },
      }),
    ),
  );
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = focusedOrFirstWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  // Quitting waits for the backup on quit (when anything changed) and the library's close, then quits for real.
  holdQuitUntilShutdown(app, () => {
    const closing = core;
    core = undefined;
    return closing;
  });
  void app.whenReady().then(start);
}
