import path from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { makeTempDir } from './tempDir';

/** A real core on a real SQLite file in a fresh temp folder. */
export function openTestCore(): Core & { dir: string; libraryPath: string; dispose(): void } {
  const { dir, cleanup } = makeTempDir();
  const libraryPath = path.join(dir, 'library.sqlite');
  const core = openCore({ libraryPath, mode: 'browser', app: 'Copydesk tests', log: () => {}, backupsDir: path.join(dir, 'Backups') });
  return Object.assign(core, {
    dir,
    libraryPath,
    dispose() {
      core.close();
      cleanup();
    },
  });
}
