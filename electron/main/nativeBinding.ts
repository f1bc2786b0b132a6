import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 built for Electron's ABI, kept apart from node_modules (whose
 * build serves Node: tests, CLI, browser mode). `npm start` makes it with
 * scripts/electron-native.mjs. A packaged app has its own rebuilt copy in
 * node_modules, so it needs none.
 */
export function electronNativeBindingPath(appRoot: string, electronVersion: string): string {
  return path.join(appRoot, '.cache', 'electron-native', electronVersion, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

export function devNativeBinding(appRoot: string, electronVersion: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const binding = electronNativeBindingPath(appRoot, electronVersion);
  if (!fs.existsSync(binding)) {
    throw new Error(`better-sqlite3 has not been built for Electron ${electronVersion} (${binding} is missing); start the app with "npm start", which builds it.`);
  }
  return binding;
}
