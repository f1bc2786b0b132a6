import fs from 'node:fs';
import path from 'node:path';
import type { WebPreferences } from 'electron';
import { describe, expect, it } from 'vitest';
import { printWindowOptions } from '../../../electron/main/pdfPrinter';
import { mainWindowOptions, secureWebPreferences } from '../../../electron/main/windowOptions';

/** What every window of ours must have, typed against Electron's own WebPreferences (a renamed key fails tsc). */
const SECURE: Required<Pick<WebPreferences, 'contextIsolation' | 'sandbox' | 'nodeIntegration' | 'nodeIntegrationInWorker' | 'nodeIntegrationInSubFrames' | 'webviewTag' | 'webSecurity' | 'allowRunningInsecureContent' | 'experimentalFeatures' | 'navigateOnDragDrop' | 'safeDialogs'>> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
};

/** Preferences that would weaken a window, whatever their value: none of ours sets them. */
const NEVER_SET: ReadonlyArray<keyof WebPreferences> = ['enableBlinkFeatures', 'additionalArguments', 'disableHtmlFullscreenWindowResize', 'enableWebSQL', 'disableDialogs', 'partition'];

const WINDOWS: Array<[string, WebPreferences]> = [
  ['main window (packaged)', mainWindowOptions('/app/dist/electron/preload.cjs', true).webPreferences!],
  ['main window (development)', mainWindowOptions('/app/dist/electron/preload.cjs', false).webPreferences!],
  ['PDF print window', printWindowOptions().webPreferences!],
];

describe('every window of ours', () => {
  for (const [name, prefs] of WINDOWS) {
    it(`${name}: isolated, sandboxed, no Node, no webviews, web security on`, () => {
      expect(prefs).toMatchObject(SECURE);
      for (const key of NEVER_SET) expect(prefs[key], key).toBeUndefined();
    });
  }

  it('main window: the preload is our own bundle, DevTools only in development', () => {
    expect(WINDOWS[0]![1]).toMatchObject({ preload: '/app/dist/electron/preload.cjs', devTools: false, spellcheck: true });
    expect(WINDOWS[1]![1].devTools).toBe(true);
  });

  it('PDF print window: no preload, no script, no DevTools, never shown', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(options.webPreferences).toMatchObject({ javascript: false, devTools: false });
  });

  it('the secure base cannot be weakened by the caller: only the preload path is a parameter', () => {
    expect(secureWebPreferences('/x/preload.cjs')).toMatchObject({ ...SECURE, preload: '/x/preload.cjs' });
  });

  it('no window is created anywhere but from these option builders', () => {
    const root = path.resolve(__dirname, '../../../electron');
    const creations: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.ts')) for (const match of fs.readFileSync(file, 'utf8').matchAll(/new BrowserWindow\(([^)]*\))?/g)) creations.push(`${path.relative(root, file)}: ${match[0]}`);
      }
    };
    walk(root);
    expect(creations.length).toBeGreaterThan(0);
    for (const creation of creations) expect(creation).toMatch(/new BrowserWindow\((?:mainWindowOptions|printWindowOptions)\(/);
  });
});
