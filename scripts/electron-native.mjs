// Builds better-sqlite3 for Electron's ABI into .cache/electron-native/<electron version>/,
// apart from node_modules (whose Node build serves the tests, the CLI and browser mode).
// The Electron main process loads it through better-sqlite3's `nativeBinding` option.
import fs from 'node:fs';
import path from 'node:path';
import { electronVersion, nativeBindingDir, nativeBindingFile, root } from './electron-env.mjs';

export async function ensureElectronNativeBinding({ force = false } = {}) {
  const version = electronVersion();
  if (!force && fs.existsSync(nativeBindingFile(version))) return nativeBindingFile(version);
  const target = nativeBindingDir(version);
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const copy = path.join(target, 'node_modules', 'better-sqlite3');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  fs.cpSync(source, copy, { recursive: true, filter: (file) => !file.startsWith(path.join(source, 'build')) });
  const sqliteVersion = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version;
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify({ name: 'copydesk-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));
  console.error(`Building better-sqlite3 ${sqliteVersion} for Electron ${version} (once)…`);
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: target, electronVersion: version, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
  if (!fs.existsSync(nativeBindingFile(version))) throw new Error(`the build did not produce ${nativeBindingFile(version)}`);
  return nativeBindingFile(version);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.join(root, 'scripts', 'electron-native.mjs');
if (isMain) {
  ensureElectronNativeBinding({ force: process.argv.includes('--force') }).then(
    (file) => console.error(`Electron build of better-sqlite3: ${file}`),
    (error) => {
      console.error(`Could not build better-sqlite3 for Electron: ${error.message}`);
      process.exit(1);
    },
  );
}
