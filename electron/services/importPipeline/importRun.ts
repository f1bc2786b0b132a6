import path from 'node:path';
import type { Db } from '../../../db/handle';
import type { ImportEntry } from '../../../story/importReport';
import { ImportError } from '../../../story/import/types';
import type { EventBus } from '../../core/eventBus';
import { yieldToEventLoop } from '../../core/jobs';
import { importStoryFile } from '../import/registry';
import type { StoryService } from '../storyService';
import { fieldsForImport } from './importFields';
import { toApiError } from '../../api/dispatch';
import { InvalidDocumentError } from '../../../story/schema/schema';
import type { StoryFields } from '../../../story/model';

/** One file on its way in: where it is reported, its name for the importer, and its bytes. */
export interface ImportItem {
  path: string;
  fromFolder: boolean;
  read(): Promise<Uint8Array>;
  /** Told what became of this file. */
  onDone?(entry: ImportEntry): void;
}

export interface ImportRunDeps {
  db: Db;
  events: EventBus;
  stories: StoryService;
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
/** A group of parsed files is committed when it reaches this many files or this much time. */
const GROUP_MAX_FILES = 64;
const GROUP_MAX_MS = 8;

export const CANCELLED = 'not imported: the import was cancelled';

interface Parsed {
  item: ImportItem;
  fields: StoryFields;
  warnings: string[];
  leftOut: string[];
}

function reasonOf(error: unknown): string {
  if (error instanceof ImportError || error instanceof InvalidDocumentError) return error.message;
  const known = toApiError(error);
  return known?.message ?? `unexpected error: ${(error as Error)?.message ?? String(error)}`;
}

/**
 * Read, parse (only through importStoryFile) and store files. Each file is its own
 * savepoint, so a file that fails changes nothing; files are committed in small groups
 * (at most ~8 ms of work), with the event loop free between groups.
 */
export async function runImport(deps: ImportRunDeps, source: AsyncIterable<ImportItem> | Iterable<ImportItem>, context: ImportRunContext): Promise<void> {
  const now = deps.now ?? (() => new Date());
  let group: Parsed[] = [];
  let groupStarted = performance.now();

  const commit = async () => {
    if (group.length === 0) return;
    const batch = group;
    group = [];
    const entries: ImportEntry[] = [];
    deps.db.transaction(() => {
      for (const parsed of batch) {
        try {
          const story = deps.db.transaction(() =>
            deps.stories.insertImported(parsed.fields, { fileName: parsed.item.path, warnings: parsed.warnings, leftOut: parsed.leftOut }),
          )();
          entries.push({ path: parsed.item.path, status: 'imported', storyId: story.id, headline: story.headline, warnings: parsed.warnings });
        } catch (error) {
          entries.push({ path: parsed.item.path, status: 'failed', warnings: parsed.warnings, error: reasonOf(error) });
        }
      }
    }).immediate();
    const ids = entries.flatMap((entry) => (entry.storyId ? [entry.storyId] : []));
    if (ids.length > 0) deps.events.emit('libraryChanged', { reason: 'imported', storyIds: ids });
    entries.forEach((entry, index) => {
      batch[index]!.item.onDone?.(entry);
      context.onEntry(entry);
    });
    await yieldToEventLoop();
    groupStarted = performance.now();
  };

  for await (const item of source) {
    if (context.signal.aborted) {
      const entry: ImportEntry = { path: item.path, status: 'skipped', warnings: [], error: CANCELLED };
      item.onDone?.(entry);
      context.onEntry(entry);
      break;
    }
    try {
      const bytes = await item.read();
      if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportError('too_large', item.path, `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
      const imported = await importStoryFile({ fileName: path.basename(item.path), bytes });
      const { fields, warnings } = fieldsForImport(imported, now());
      group.push({ item, fields, warnings, leftOut: imported.leftOut });
    } catch (error) {
      const unsupported = error instanceof ImportError && error.code === 'unsupported';
      const entry: ImportEntry = { path: item.path, status: unsupported && item.fromFolder ? 'skipped' : 'failed', warnings: [], error: reasonOf(error) };
      item.onDone?.(entry);
      context.onEntry(entry);
    }
    if (group.length >= GROUP_MAX_FILES || performance.now() - groupStarted >= GROUP_MAX_MS || context.idle?.()) await commit();
  }
  await commit();
}
