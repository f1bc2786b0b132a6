import { UsageError } from './args';
import { processIo, type CliIo } from './io';
import { exportCommand, exportUsage } from './commands/export';
import { listCommand, listUsage } from './commands/list';
import { newCommand, newUsage } from './commands/new';
import { serveCommand, serveUsage } from './commands/serve';
import { importCommand, importUsage } from './commands/import';
import { searchCommand, searchUsage } from './commands/search';
import { backupCommand, backupUsage } from './commands/backup';
import { restoreCommand, restoreUsage } from './commands/restore';
import { AppError } from '../api/errors';
import { suggestCommand, suggestUsage } from './commands/suggest';
import { CliApiError } from './openCoreForCli';
import { LibraryOpenError } from '../../db/errors';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; usage: string }>> = {
  serve: { run: serveCommand, usage: serveUsage },
  list: { run: listCommand, usage: listUsage },
  new: { run: newCommand, usage: newUsage },
  import: { run: importCommand, usage: importUsage },
  search: { run: searchCommand, usage: searchUsage },
  backup: { run: backupCommand, usage: backupUsage },
  restore: { run: restoreCommand, usage: restoreUsage },
  export: { run: exportCommand, usage: exportUsage },
  suggest: { run: suggestCommand, usage: suggestUsage },
};

function usage(): string {
  return ['Usage:', ...Object.values(COMMANDS).map((command) => `  ${command.usage}`), '', 'Without --library, the default library in your application-data folder is used.'].join('\n');
}

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`copydesk: unknown command "${name}".\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`copydesk ${name}: ${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    if (error instanceof LibraryOpenError || error instanceof CliApiError || error instanceof AppError) {
      io.err(`copydesk ${name}: ${error.message}`);
      return 1;
    }
    io.err(`copydesk ${name} failed: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
