import { defaultDataDir } from '../../core/paths';
import { backupFolderFor } from '../../services/backups/backupFiles';
import { backupLibraryFile } from '../../services/backups/libraryFileBackup';
import { parseCommandArgs } from '../args';
import { libraryPathFrom } from '../openCoreForCli';
import type { CliIo } from '../io';

export const backupUsage = 'copydesk backup [--library PATH] [--out FILE]';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** An online backup of a library, also while the app has it open. */
export async function backupCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, { library: { type: 'string' }, out: { type: 'string' } });
  const libraryPath = libraryPathFrom(values.library);
  const written = await backupLibraryFile(libraryPath, { ...(values.out ? { out: values.out } : {}), folder: backupFolderFor(libraryPath, defaultDataDir()) });
  io.out(`Backed up ${written.storyCount.toLocaleString('en')} stories to ${written.path} (${megabytes(written.sizeBytes)}).`);
  return 0;
}
