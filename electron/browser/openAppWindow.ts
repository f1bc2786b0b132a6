import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { appModeArgs, findChromiumFamilyBrowser, hasDisplay } from './findBrowser';

/** Open the app in a Chromium app-mode window; undefined when there is no browser or no display. */
export function openAppWindow(url: string, dataDir: string): ChildProcess | undefined {
  const browser = findChromiumFamilyBrowser();
  if (!browser || !hasDisplay()) return undefined;
  const runningAsRoot = process.getuid?.() === 0;
  const child = spawn(browser, appModeArgs(url, path.join(dataDir, 'browser-profile'), runningAsRoot), {
    stdio: 'ignore',
    detached: false,
  });
  child.on('error', () => {});
  return child;
}
