import crypto from 'node:crypto';
import path from 'node:path';
import type { Db } from '../../../db/handle';
import type { ImportEntry } from '../../../story/importReport';
import { ImportError } from '../../../story/import/types';
import { InvalidDocumentError } from '../../../story/schema/schema';
import { toApiError } from '../../api/dispatch';
import type { EventBus } from '../../core/eventBus';
import { yieldToEventLoop } from '../../core/jobs';
import { runGroupHere, type BatchWriter, type GroupResult } from '../../../db/batchWriter';
import type { PreparedFile } from './parseFile';
import { inProcessParser, type ImportParser } from './parsePool';

/** One file on its way in: where it is reported, its name for the importer, and its bytes. */
export interface ImportItem {
  path: string;
  fromFolder: boolean;
  /** The file's bytes, handed over: they may be moved to the parse worker. */
  read(): Promise<Uint8Array>;
  /** Told what became of this file. */
  onDone?(entry: ImportEntry): void;
}

export interface ImportRunDeps {
  db: Db;
  events: EventBus;
  /** A writer thread for the commits (so their fsyncs never stall the event loop); without one, commits run here. */
  openWriter?: () => BatchWriter;
  /** A parse worker for the files (so a large one never stalls the event loop); without one, files are parsed here. */
  openParser?: () => ImportParser;
  now?: () => Date;
}

export interface ImportRunContext {
  signal: AbortSignal;
  /** Called after every file. */
  onEntry(entry: ImportEntry): void;
  /** True when no further file is ready right now: commit what is parsed instead of waiting. */
  idle?: () => boolean;
}

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
export const CANCELLED = 'not imported: the import was cancelled';

/**
 * The main process works at most this long between two turns of its event loop: parsing
 * files, then committing them. The commit's cost per file is learnt as the import goes.
 */
const BLOCK_BUDGET_MS = 10;
const GROUP_MAX_FILES = 48;
/** Groups sent to the writer thread and not yet answered, at most (it writes those waiting together, up to ~480 files). */
const WRITES_IN_FLIGHT = 10;
/**
 * Files sent to the parser and not yet taken back, at most, and their bytes: enough that the
 * worker never waits for the next file, and wakes this thread once per several files.
 */
const PARSES_IN_FLIGHT = 16;
const BYTES_IN_FLIGHT = 16 * 1024 * 1024;

interface Prepared extends PreparedFile {
  item: ImportItem;
}

/** Names of story files: one of these that cannot be read is a failure even inside a folder. */
const STORY_FILE = /(^|\/)[^/.]+$|\.(txt|text|wire|nitf|md|markdown|mdown|mkd|mkdn|mdtext|html?|xhtml|shtml|docx|docm|dotx)$/i;

/**
 * A file met while walking a folder that is not a story at all (a photo, a PDF) is skipped,
 * with the reason; a file named as a story that cannot be read is a failure.
 */
function skippable(item: ImportItem, error: unknown): boolean {
  return item.fromFolder && error instanceof ImportError && (error.code === 'unsupported' || error.code === 'binary') && !STORY_FILE.test(item.path);
}

function reasonOf(error: unknown): string {
  if (error instanceof ImportError || error instanceof InvalidDocumentError) return error.message;
  const known = toApiError(error);
  return known?.message ?? `unexpected error: ${(error as Error)?.message ?? String(error)}`;
}

/**
 * Read, parse (only through importStoryFile, in the parse worker) and store files. Each
 * file is all or nothing, so a file that fails changes nothing. A few files are parsed
 * ahead; what remains here per file (its id, times and statements) runs in blocks of
 * ~10 ms between turns of the event loop; the commits run on a writer thread (or here, in
 * groups sized to the same budget, when there is none).
 */
export async function runImport(deps: ImportRunDeps, source: AsyncIterable<ImportItem> | Iterable<ImportItem>, context: ImportRunContext): Promise<void> {
  const now = deps.now ?? (() => new Date());
  let group: Prepared[] = [];
  let blockStarted = performance.now();
  /** Learnt cost of committing one file, in ms (a guess until the first commit). */
  let commitCostPerFile = 0.5;

  const report = (item: ImportItem, entry: ImportEntry) => {
    item.onDone?.(entry);
    context.onEntry(entry);
  };

  let writer: BatchWriter | undefined;
  let writerFailed = false;
  const inFlight: Array<Promise<void>> = [];
  const finish = (batch: Prepared[], entries: ImportEntry[]) => {
    const ids = entries.flatMap((entry) => (entry.storyId ? [entry.storyId] : []));
    if (ids.length > 0) deps.events.emit('libraryChanged', { reason: 'imported', storyIds: ids });
    entries.forEach((entry, index) => report(batch[index]!.item, entry));
  };

  const entryOf = (prepared: Prepared, result: GroupResult): ImportEntry =>
    result.ok
      ? { path: prepared.item.path, status: 'imported', storyId: prepared.storyId, headline: prepared.headline, warnings: prepared.warnings }
      : { path: prepared.item.path, status: 'failed', warnings: prepared.warnings, error: reasonOf(Object.assign(new Error(result.message), { code: result.code })) };

  /** Hand a group to the writer thread; falls back to committing here if the thread cannot run. */
  const writeOnThread = (batch: Prepared[]): boolean => {
    if (writerFailed || !deps.openWriter) return false;
    try {
      writer ??= deps.openWriter();
    } catch {
      writerFailed = true;
      return false;
    }
    // The statements go on as the parse worker serialized them (copied, not moved: kept to commit here should the thread fail).
    const written = writer.write(batch.map((prepared) => prepared.statements)).then(
      (results) => finish(batch, batch.map((prepared, i) => entryOf(prepared, results[i]!))),
      () => {
        writerFailed = true;
        commitHere(batch);
      },
    );
    inFlight.push(written);
    return true;
  };

  const commitHere = (batch: Prepared[]) => {
    const entries: ImportEntry[] = [];
    const started = performance.now();
    deps.db.transaction(() => {
      for (const prepared of batch) {
        try {
          deps.db.transaction(() => runGroupHere(deps.db, prepared.statements))();
          entries.push(entryOf(prepared, { ok: true }));
        } catch (error) {
          entries.push({ path: prepared.item.path, status: 'failed', warnings: prepared.warnings, error: reasonOf(error) });
        }
      }
    }).immediate();
    commitCostPerFile = 0.7 * commitCostPerFile + 0.3 * ((performance.now() - started) / batch.length);
    finish(batch, entries);
  };

  const commit = async () => {
    if (group.length > 0) {
      const batch = group;
      group = [];
      if (writeOnThread(batch)) {
        commitCostPerFile = 0.05;
        while (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
      } else commitHere(batch);
    }
    await yieldToEventLoop();
    blockStarted = performance.now();
  };

  const blockIsFull = () =>
    group.length >= GROUP_MAX_FILES || performance.now() - blockStarted + (group.length + 1) * commitCostPerFile >= BLOCK_BUDGET_MS;

  const parser = deps.openParser?.() ?? inProcessParser();
  /** Files sent to the parser, in order. */
  const parsing: Array<{ item: ImportItem; parsed: Promise<PreparedFile>; bytes: number }> = [];
  let bytesInFlight = 0;

  const takeParsed = async () => {
    const { item, parsed, bytes } = parsing.shift()!;
    bytesInFlight -= bytes;
    try {
      group.push({ item, ...(await parsed) });
    } catch (error) {
      report(item, { path: item.path, status: skippable(item, error) ? 'skipped' : 'failed', warnings: [], error: reasonOf(error) });
    }
    if (blockIsFull() || (parsing.length === 0 && context.idle?.())) await commit();
  };

  try {
    for await (const item of source) {
      if (context.signal.aborted) {
        report(item, { path: item.path, status: 'skipped', warnings: [], error: CANCELLED });
        break;
      }
      let parsed: Promise<PreparedFile>;
      let size = 0;
      try {
        const bytes = await item.read();
        size = bytes.byteLength;
        if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportError('too_large', item.path, `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
        parsed = parser.prepare({ fileName: path.basename(item.path), bytes }, { id: crypto.randomUUID(), path: item.path, now: now() });
      } catch (error) {
        parsed = Promise.reject(error);
      }
      // Settled when taken, in order; until then a failure is not unhandled.
      parsed.catch(() => undefined);
      parsing.push({ item, parsed, bytes: size });
      bytesInFlight += size;
      // When no further file is ready (an upload waiting for its sender), finish those held rather than wait.
      // (Parsing here, one at a time: each file's parse is a block of its own between turns of the event loop.)
      const ahead = parser.inWorker ? PARSES_IN_FLIGHT : 1;
      while (parsing.length >= ahead || bytesInFlight >= BYTES_IN_FLIGHT || (parsing.length > 0 && context.idle?.())) await takeParsed();
    }
    if (context.signal.aborted) {
      // Files still with the parser when the import was cancelled are not imported.
      for (const { item } of parsing.splice(0)) report(item, { path: item.path, status: 'skipped', warnings: [], error: CANCELLED });
    }
    while (parsing.length > 0) await takeParsed();
  } finally {
    await parser.close();
  }
  await commit();
  await Promise.all(inFlight);
  await writer?.close();
}
