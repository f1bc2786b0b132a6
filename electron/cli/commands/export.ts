import fs from 'node:fs';
import path from 'node:path';
import { parseCommandArgs, UsageError } from '../args';
import { call, openCliCore } from '../openCoreForCli';
import type { CliIo } from '../io';
import type { EventPayload, MethodInput } from '../../api/contract';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../../story/formats/registry';
import { STORY_STATUSES, type StoryStatus } from '../../../story/model';

export const exportUsage =
  'copydesk export [--library PATH] --format html,ninjs,md,txt,newsml,docx --out DIR [--status S] [--query Q] [--id ID...] [--final [--override REASON]] [--replace | --keep-both]';

const BAR_WIDTH = 28;

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    library: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    status: { type: 'string' },
    query: { type: 'string' },
    id: { type: 'string', multiple: true },
    all: { type: 'boolean', default: false },
    final: { type: 'boolean', default: false },
    override: { type: 'string' },
    replace: { type: 'boolean', default: false },
    'keep-both': { type: 'boolean', default: false },
  });
  if (!values.format) throw new UsageError('--format is required (one or more of html, ninjs, md, txt, newsml, docx).');
  if (!values.out) throw new UsageError('--out is required: the folder to write the files to.');
  const formats = values.format.split(',').map((format) => format.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((format) => !isExportFormat(format));
  if (unknown.length > 0) throw new UsageError(`unknown format ${unknown.map((f) => `"${f}"`).join(', ')}; choose from ${EXPORT_FORMATS.filter((f) => f !== 'pdf').join(', ')}.`);
  if (formats.includes('pdf')) {
    io.err('copydesk export: PDF needs the Copydesk desktop app, which prints with its own browser engine; the command line has none. Export html and print it from a browser, or export the PDF from the app.');
    return 1;
  }
  if (values.status !== undefined && !(STORY_STATUSES as readonly string[]).includes(values.status)) {
    throw new UsageError(`--status must be one of ${STORY_STATUSES.join(', ')}.`);
  }
  if (values.replace && values['keep-both']) throw new UsageError('choose --replace or --keep-both, not both.');
  if (values.override !== undefined && !values.final) throw new UsageError('--override applies to --final exports only.');
  const ids = values.id ?? [];
  if (ids.length === 0 && values.status === undefined && values.query === undefined && !values.all) {
    throw new UsageError('say which stories: --id ID (repeatable), --status S, --query WORDS, or --all.');
  }

  const out = path.resolve(values.out);
  try {
    fs.mkdirSync(out, { recursive: true });
  } catch (error) {
    io.err(`copydesk export: cannot use ${out} as the output folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    return 1;
  }

  const core = openCliCore(values.library, 'cli', { exportFolders: 'anywhere' });
  try {
    const request: MethodInput<'startExport'> = {
      scope: {
        ...(ids.length > 0 ? { storyIds: ids } : {}),
        ...(values.status ? { status: values.status as StoryStatus } : {}),
        ...(values.query !== undefined ? { query: values.query } : {}),
        ...(values.all ? { all: true as const } : {}),
      },
      formats: formats as ExportFormat[],
      destination: { kind: 'folder', path: out },
      final: values.final,
      onExisting: values.replace ? 'replace' : values['keep-both'] ? 'keep-both' : 'fail',
      ...(values.override !== undefined ? { override: { reason: values.override } } : {}),
    };
    const progress = progressPrinter(io);
    let jobId: string | undefined;
    const early: Array<EventPayload<'jobProgress'>> = [];
    const unsubscribe = core.events.subscribe((name, payload) => {
      if (name !== 'jobProgress') return;
      const event = payload as EventPayload<'jobProgress'>;
      if (jobId === undefined) early.push(event);
      else if (event.jobId === jobId) progress(event);
    });
    const started = await call(core, 'startExport', request);
    jobId = started.jobId;
    early.filter((event) => event.jobId === jobId).forEach(progress);
    const result = await call(core, 'getExportResult', { jobId });
    unsubscribe();
    progress.finish();

    const files = result.written.reduce((sum, story) => sum + story.files.length, 0);
    io.out(`Exported ${result.written.length} of ${result.total} ${result.total === 1 ? 'story' : 'stories'} (${files} ${files === 1 ? 'file' : 'files'}) to ${out}`);
    for (const failure of result.failed) io.err(`Failed: ${failure.headline}\n  ${failure.message.replace(/\n/g, '\n  ')}`);
    return result.failed.length > 0 || result.state !== 'done' ? 1 : 0;
  } finally {
    core.close();
  }
}

/** A progress bar on a terminal; a line per tenth of the way otherwise (logs, CI). */
function progressPrinter(io: CliIo) {
  let lastTenth = -1;
  let drawn = false;
  const print = (event: EventPayload<'jobProgress'>) => {
    if (event.total === 0) return;
    if (io.isTTY) {
      const filled = Math.round((event.done / event.total) * BAR_WIDTH);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${event.done}/${event.total} ${event.label}`);
      drawn = true;
      return;
    }
    const tenth = Math.floor((event.done / event.total) * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      io.err(`${event.done}/${event.total} stories exported`);
    }
  };
  return Object.assign(print, {
    finish: () => {
      if (drawn) process.stderr.write('\n');
    },
  });
}
