import fs from 'node:fs/promises';
import type { ImportEntry, ImportReport } from '../../../story/importReport';
import { AppError } from '../../api/errors';
import type { JobRunner } from '../../core/jobs';
import { AsyncQueue } from './asyncQueue';
import { collectFiles, type FileToImport } from './collectFiles';
import { CANCELLED, MAX_IMPORT_BYTES, runImport, type ImportItem, type ImportRunDeps } from './importRun';
import { ReportBuilder } from './reportBuilder';

export interface ImportServiceDeps extends ImportRunDeps {
  jobs: JobRunner;
}

export interface StartedImport {
  jobId: string;
  done: Promise<ImportReport>;
}

interface ImportPlan {
  title: string;
  keepAllEntries?: boolean;
  /** Files expected (may grow once folders are walked). */
  total(): number;
  source(signal: AbortSignal): AsyncIterable<ImportItem> | Iterable<ImportItem>;
  /** True when no further file is ready right now. */
  idle?(): boolean;
  /** After a cancel: the files never reached, as skipped entries. */
  notReached?(reported: ReadonlySet<string>): ImportEntry[];
}

interface Upload {
  queue: AsyncQueue<ImportItem>;
  job: StartedImport;
  cancelled: boolean;
  /** Chunks received so far, per file index. */
  partial: Map<number, { path: string; chunks: Buffer[]; bytes: number }>;
  idleTimer: ReturnType<typeof setTimeout> | undefined;
}

/** An upload that sends nothing for this long is ended (the window was closed mid-import). */
const UPLOAD_IDLE_MS = 2 * 60 * 1000;

const label = (count: number) => `Importing ${count.toLocaleString('en')} file${count === 1 ? '' : 's'}`;
const skipped = (path: string): ImportEntry => ({ path, status: 'skipped', warnings: [], error: CANCELLED });

function fileItem(file: FileToImport): ImportItem {
  return {
    path: file.path,
    fromFolder: file.fromFolder,
    read: async () => {
      const stat = await fs.stat(file.absolute);
      if (stat.size > MAX_IMPORT_BYTES) throw new AppError('invalid_input', `${file.path}: the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
      return fs.readFile(file.absolute);
    },
  };
}

/**
 * Bulk import as a job with progress and cancel: from paths (the CLI, Electron's open
 * dialog, the benchmark) or from bytes the renderer uploads in chunks (drag and drop,
 * browser mode). Every file goes through runImport, so all end in the same report,
 * also sent as the `importFinished` event.
 */
export function createImportService(deps: ImportServiceDeps) {
  const uploads = new Map<string, Upload>();

  function start(plan: ImportPlan): StartedImport {
    let jobId = '';
    const started = deps.jobs.start(plan.title, async ({ signal, progress }) => {
      const report = new ReportBuilder(jobId, plan.keepAllEntries);
      const reported = new Set<string>();
      progress(0, plan.total());
      await runImport(deps, plan.source(signal), {
        signal,
        ...(plan.idle ? { idle: plan.idle } : {}),
        onEntry: (entry) => {
          report.add(entry);
          reported.add(entry.path);
          progress(report.done, Math.max(plan.total(), report.done));
        },
      });
      if (signal.aborted) plan.notReached?.(reported).forEach((entry) => report.add(entry));
      const result = report.build(signal.aborted);
      deps.events.emit('importFinished', result);
      return result;
    });
    jobId = started.jobId;
    return started;
  }

  function touch(upload: Upload): void {
    clearTimeout(upload.idleTimer);
    upload.idleTimer = setTimeout(() => upload.queue.end(), UPLOAD_IDLE_MS);
    upload.idleTimer.unref?.();
  }

  return {
    /** Import files and folders from disk. */
    importPaths(paths: readonly string[], options: { keepAllEntries?: boolean } = {}): StartedImport {
      let files: FileToImport[] = [];
      let total = paths.length;
      return start({
        title: label(paths.length),
        keepAllEntries: options.keepAllEntries ?? false,
        total: () => total,
        source: (signal) =>
          (async function* () {
            const collected = await collectFiles(paths, signal);
            files = collected.files;
            total = files.length + collected.unreadable.length;
            for (const bad of collected.unreadable) {
              yield { path: bad.path, fromFolder: false, read: () => Promise.reject(new AppError('not_found', `${bad.path}: ${bad.error}`)) };
            }
            for (const file of files) yield fileItem(file);
          })(),
        notReached: (reported) => files.filter((file) => !reported.has(file.path)).map((file) => skipped(file.path)),
      });
    },

    /** Import files already in memory (the benchmark). */
    importItems(items: readonly ImportItem[], title = label(items.length)): StartedImport {
      return start({ title, total: () => items.length, source: () => items });
    },

    /** Start an upload of `fileCount` files; the renderer then sends each file's bytes in chunks. */
    beginUpload(fileCount: number): string {
      const queue = new AsyncQueue<ImportItem>();
      const upload: Upload = { queue, cancelled: false, partial: new Map(), idleTimer: undefined, job: undefined as unknown as StartedImport };
      upload.job = start({
        title: label(fileCount),
        total: () => fileCount,
        idle: () => queue.size === 0,
        source: (signal) => {
          signal.addEventListener('abort', () => {
            upload.cancelled = true;
            for (const item of queue.drain()) item.onDone?.(skipped(item.path));
            queue.end();
          });
          return queue;
        },
      });
      uploads.set(upload.job.jobId, upload);
      const forget = () => {
        clearTimeout(upload.idleTimer);
        setTimeout(() => uploads.delete(upload.job.jobId), 60_000).unref?.();
      };
      upload.job.done.then(forget, forget);
      touch(upload);
      return upload.job.jobId;
    },

    /**
     * One chunk of one uploaded file. When its last chunk arrives the file is imported and
     * its entry returned; earlier chunks answer with how many bytes are held.
     */
    async uploadChunk(input: { jobId: string; fileIndex: number; path: string; chunkIndex: number; chunkCount: number; dataBase64: string }): Promise<ImportEntry | { received: number }> {
      const upload = uploads.get(input.jobId);
      if (!upload) throw new AppError('not_found', 'There is no such import; start it again.');
      if (upload.cancelled) return skipped(input.path);
      if (upload.queue.isEnded) throw new AppError('not_found', 'This import has ended (finished or timed out); start it again.');
      touch(upload);
      let file = upload.partial.get(input.fileIndex);
      if (input.chunkIndex === 0) {
        file = { path: input.path, chunks: [], bytes: 0 };
        upload.partial.set(input.fileIndex, file);
      }
      if (!file || file.chunks.length !== input.chunkIndex) throw new AppError('invalid_input', `${input.path}: chunk ${input.chunkIndex} arrived out of order.`);
      const bytes = Buffer.from(input.dataBase64, 'base64');
      file.chunks.push(bytes);
      file.bytes += bytes.length;
      if (file.bytes > MAX_IMPORT_BYTES) {
        upload.partial.delete(input.fileIndex);
        throw new AppError('invalid_input', `${input.path}: the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
      }
      if (input.chunkIndex + 1 < input.chunkCount) return { received: file.bytes };
      upload.partial.delete(input.fileIndex);
      const content = Buffer.concat(file.chunks);
      return new Promise<ImportEntry>((resolve) => {
        upload.queue.push({ path: input.path, fromFolder: input.path.includes('/'), read: async () => content, onDone: resolve });
      });
    },

    /** No more files: wait for the last ones and return the report. */
    finishUpload(jobId: string): Promise<ImportReport> {
      const upload = uploads.get(jobId);
      if (!upload) throw new AppError('not_found', 'There is no such import.');
      if (!upload.queue.isEnded) upload.queue.end();
      return upload.job.done;
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
