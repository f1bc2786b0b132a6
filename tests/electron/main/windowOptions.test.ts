import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/main/windowOptions';

describe('main window options', () => {
  for (const isPackaged of [true, false]) {
    it(`isolate and sandbox the renderer (${isPackaged ? 'packaged' : 'development'})`, () => {
      const prefs = mainWindowOptions('/app/dist/electron/preload.cjs', isPackaged).webPreferences!;
      expect(prefs).toMatchObject({
        preload: '/app/dist/electron/preload.cjs',
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
        spellcheck: true,
      });
      expect(prefs.devTools).toBe(!isPackaged);
    });
  }
});
