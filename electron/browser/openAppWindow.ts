import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { appModeArgs, findChromiumFamilyBrowser, hasDisplay } from './findBrowser';
import { writeLaunchPage, type LaunchPage } from './launchPage';

export interface AppWindow {
  child: ChildProcess;
  /** The page the browser was started on (it holds the token): remove it once the token has been used. */
  launchPage: LaunchPage;
}

/**
 * Open the app in a Chromium app-mode window; undefined when there is no browser or no
 * display. The browser's command line names a launch page, never the address with the token.
 */
export function openAppWindow(url: string, dataDir: string): AppWindow | undefined {
  const browser = findChromiumFamilyBrowser();
  if (!browser || !hasDisplay()) return undefined;
  const launchPage = writeLaunchPage(dataDir, url);
  const runningAsRoot = process.getuid?.() === 0;
  const child = spawn(browser, appModeArgs(launchPage.url, path.join(dataDir, 'browser-profile'), runningAsRoot), {
    stdio: 'ignore',
    detached: false,
  });
  child.on('error', () => launchPage.remove());
  return { child, launchPage };
}
