import type { EventPayload } from '../../api/contract';
import { importSummary, type ImportReport } from '../../../story/importReport';
import { parseCommandArgs, UsageError } from '../args';
import { openCliCore } from '../openCoreForCli';
import type { CliIo } from '../io';

export const importUsage = 'copydesk import [--library PATH] [--json] FILE_OR_DIR...';

const BAR_WIDTH = 30;

function bar(done: number, total: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')} files`;
}

/** The report as --json prints it: one entry per file. */
function jsonReport(report: ImportReport) {
  return {
    imported: report.imported,
    failed: report.failed,
    skipped: report.skipped,
    cancelled: report.cancelled,
    files: report.entries.map((entry) => ({
      path: entry.path,
      status: entry.status,
      ...(entry.storyId ? { storyId: entry.storyId } : {}),
      warnings: entry.warnings,
      ...(entry.error ? { error: entry.error } : {}),
    })),
  };
}

/** Import files and folders: each file in its own transaction, a progress bar on a terminal, exit 1 if any failed. */
export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { library: { type: 'string' }, json: { type: 'boolean', default: false } }, true);
  if (positionals.length === 0) throw new UsageError('name at least one file or folder to import.');
  const core = openCliCore(values.library);
  try {
    const started = core.services.imports.importPaths(positionals, { keepAllEntries: true });
    const unsubscribe = core.events.subscribe((name, payload) => {
      const progress = payload as EventPayload<'jobProgress'>;
      if (name === 'jobProgress' && progress.jobId === started.jobId && progress.state === 'running') io.status?.(bar(progress.done, progress.total));
    });
    const cancel = () => core.jobs.cancel(started.jobId);
    process.once('SIGINT', cancel);
    let report: ImportReport;
    try {
      report = await started.done;
    } finally {
      process.off('SIGINT', cancel);
      unsubscribe();
      io.status?.('');
    }
    if (values.json) {
      io.out(JSON.stringify(jsonReport(report), null, 2));
    } else {
      for (const entry of report.entries) {
        if (entry.status === 'failed') io.err(`failed: ${entry.path}: ${entry.error}`);
        else if (entry.status === 'skipped') io.err(`skipped: ${entry.path}: ${entry.error}`);
        for (const warning of entry.warnings) io.err(`warning: ${entry.path}: ${warning}`);
      }
      io.out(`${importSummary(report)} (${(report.durationMs / 1000).toFixed(1)} s)`);
    }
    return report.failed > 0 || report.cancelled ? 1 : 0;
  } finally {
    core.close();
  }
}
