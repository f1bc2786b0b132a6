// Where the Electron binary and the Electron build of better-sqlite3 are, and whether they exist.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

export function electronVersion() {
  return require('electron/package.json').version;
}

/**
 * The Electron executable, or the reason it is missing. Read from the files its installer
 * writes: `require('electron')` would itself start a download when the binary is absent.
 */
export function electronBinary() {
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return { reason: 'its binary was never downloaded (npm install does not fetch it here)' };
  const executable = path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(executable) ? { path: executable } : { reason: `its binary is missing (${executable})` };
}

export function nativeBindingDir(version = electronVersion()) {
  return path.join(root, '.cache', 'electron-native', version);
}

export function nativeBindingFile(version = electronVersion()) {
  return path.join(nativeBindingDir(version), 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}
