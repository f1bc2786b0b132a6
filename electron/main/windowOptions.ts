import type { BrowserWindowConstructorOptions } from 'electron';

/** The one place window security is decided: every window of ours is created with these. */
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
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
    spellcheck: true,
    devTools: true,
  };
}

export function mainWindowOptions(preloadPath: string, isPackaged: boolean): BrowserWindowConstructorOptions {
  const webPreferences = secureWebPreferences(preloadPath);
  return {
    width: 1440,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    title: 'Copydesk',
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: { ...webPreferences, devTools: !isPackaged },
  };
}
