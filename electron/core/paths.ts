import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Copydesk';
export const LIBRARY_FILE = 'library.sqlite';

export interface PlatformEnv {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

const current = (): PlatformEnv => ({ platform: process.platform, env: process.env, home: os.homedir() });

/**
 * The per-user application-data folder. The Electron app sets its userData to
 * this too, so the app, browser mode and the CLI share one default library.
 */
export function defaultDataDir({ platform, env, home }: PlatformEnv = current()): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  const dataHome = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(home, '.local', 'share');
  return path.join(dataHome, APP_NAME);
}

export function defaultLibraryPath(platformEnv?: PlatformEnv): string {
  const dir = defaultDataDir(platformEnv);
  return platformEnv?.platform === 'win32' ? path.win32.join(dir, LIBRARY_FILE) : path.join(dir, LIBRARY_FILE);
}
