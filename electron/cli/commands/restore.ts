import path from 'node:path';
import { defaultDataDir } from '../../core/paths';
import { backupFolderFor } from '../../services/backups/backupFiles';
import { restoreLibraryFile } from '../../services/backups/libraryFileBackup';
import { parseCommandArgs, UsageError } from '../args';
import { libraryPathFrom } from '../openCoreForCli';
import type { CliIo } from '../io';

export const restoreUsage = 'copydesk restore [--library PATH] --from FILE';

/** Replace a library with a backup; the library as it was is kept (backed up, or moved aside when damaged). */
export async function restoreCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, { library: { type: 'string' }, from: { type: 'string' } });
  if (!values.from) throw new UsageError('--from is required: the backup file to restore.');
  const libraryPath = libraryPathFrom(values.library);
  const restored = await restoreLibraryFile(libraryPath, path.resolve(values.from), backupFolderFor(libraryPath, defaultDataDir()));
  if (restored.previous) {
    io.err(
      restored.previous.how === 'backed-up'
        ? `The library as it was is backed up at ${restored.previous.path}.`
        : `The library as it was (damaged) was moved aside to ${restored.previous.path}.`,
    );
  }
  io.out(`Restored ${restored.storyCount.toLocaleString('en')} stories into ${libraryPath}.`);
  return 0;
}
