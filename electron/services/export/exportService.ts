import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../db/handle';
import { storyIdsForExport } from '../../../db/exportQueries';
import { getStory } from '../../../db/stories';
import { recordStoryEvent } from '../../../db/storyEvents';
import type { Story } from '../../../story/model';
import { exportFileName } from '../../../story/formats/fileNames';
import type { GateResult } from '../../../story/facts/gate';
import { FORMAT_INFO, printSurfaceHtml, type ExportFormat } from '../../../story/formats/registry';
import { resolveTeasers } from '../../../story/formats/teasers';
import { headlineOf } from '../../../story/formats/storyText';
import type { ExportInput } from '../../../story/formats/types';
import type { ExportCapabilities, ExportPlan, ExportResult, MethodParams } from '../../api/contract';
import { AppError } from '../../api/errors';
import type { EventBus } from '../../core/eventBus';
import { yieldToEventLoop, type JobRunner } from '../../core/jobs';
import type { SettingsService } from '../settingsService';
import { FileExistsError, removeStaleTemps, syncFolder, writeFileAtomic } from './atomicWrite';
import type { ExportFolders } from './exportFolders';
import type { CheckService } from '../facts/checkService';
import type { ExportFactsSource } from './factsSource';
import type { PdfPrinter } from './pdfPrinter';
import { inProcessRenderer, type StoryRenderer } from './renderPool';
import { zipFiles } from './zipFiles';

export interface ExportServiceDeps {
  db: Db;
  events: EventBus;
  jobs: JobRunner;
  settings: SettingsService;
  folders: ExportFolders;
  /** The facts capability's checks: the fact gate of final exports and its recorded override. */
  checks: Pick<CheckService, 'gate' | 'override'>;
  facts: ExportFactsSource;
  printer: PdfPrinter | undefined;
  /** Where stories are serialized: a worker thread in the built app (default: this thread). */
  renderer?: StoryRenderer;
  /** Electron: the system's folder dialog. */
  chooseFolder?: () => Promise<string | undefined>;
  now?: () => Date;
}

type ExportRequest = MethodParams<'startExport'>;
type PlanRequest = MethodParams<'planExport'>;

interface StoryFile {
  format: ExportFormat;
  name: string;
}

/** Results of finished export jobs, kept for a while so the window can collect them. */
const RESULTS_KEPT = 50;

/**
 * Exporting: which stories and files, the fact gate for final exports, writing every
 * file atomically (never over an existing file unless the user said so), marking each
 * story exported in its history, and batches as cancellable jobs with progress.
 */
export function createExportService(deps: ExportServiceDeps) {
  const { db, jobs, settings, folders, checks, facts } = deps;
  const renderer = deps.renderer ?? inProcessRenderer();
  const now = deps.now ?? (() => new Date());
  const results = new Map<string, Promise<ExportResult>>();

  function requireStory(id: string): Story {
    const story = getStory(db, id);
    if (!story) throw new AppError('not_found', `There is no story with id ${id}; it may have been deleted.`);
    return story;
  }

  function storyIds(scope: ExportRequest['scope']): string[] {
    const ids = storyIdsForExport(db, { ...(scope.storyIds ? { ids: scope.storyIds } : {}), ...(scope.status ? { status: scope.status } : {}), ...(scope.query ? { query: scope.query } : {}) });
    if (!scope.storyIds) return ids;
    // A selection keeps the order it was made in.
    const found = new Set(ids);
    const missing = scope.storyIds.filter((id) => !found.has(id));
    if (missing.length > 0 && ids.length === 0) throw new AppError('not_found', `None of the chosen stories exists any more.`);
    return scope.storyIds.filter((id) => found.has(id));
  }

  /** What every serializer reads: the story, its facts, its resolved teasers and the house settings. */
  function exportInputFor(story: Story): ExportInput {
    const { facts: storyFacts, sources } = facts.forStory(story.id);
    const { teaserTimeStyle, commentPrompt } = settings.get();
    const related = resolveTeasers(story.related, (id) => {
      const target = getStory(db, id);
      return target && { headline: target.headline, updatedAt: target.updatedAt };
    });
    return { story, facts: storyFacts, sources, related, options: { now: now().toISOString(), teaserTimeStyle, commentPrompt } };
  }

  function unavailableFormats(): ExportPlan['unavailable'] {
    return deps.printer ? {} : { pdf: 'PDF needs the Copydesk desktop app; open the print view and use your browser\'s "Save as PDF".' };
  }

  /** A story's files, named from the house pattern; `taken` keeps names unique within a batch ("-2", "-3"). */
  function filesFor(story: Story, formats: readonly ExportFormat[], taken: Set<string>): StoryFile[] {
    const pattern = settings.get().exportFileNamePattern;
    const hasFacts = facts.forStory(story.id).facts.length > 0;
    return formats
      .filter((format) => hasFacts || !FORMAT_INFO[format].factReport)
      .map((format) => ({ format, name: uniqueIn(taken, exportFileName(pattern, story, format), format) }));
  }

  async function renderFile(format: ExportFormat, input: ExportInput): Promise<Uint8Array> {
    if (format === 'pdf') {
      if (!deps.printer) throw new AppError('unavailable', unavailableFormats().pdf!);
      return deps.printer.print(printSurfaceHtml(input));
    }
    return renderer.render(format, input);
  }

  /** The fact gate applies to final exports only. */
  function gateOf(story: Story, final: boolean): GateResult {
    return final ? checks.gate(story.id) : { storyId: story.id, clear: true, blockers: [], summary: 'nothing to check' };
  }

  async function run(request: ExportRequest, ids: string[], folder: string | null, context: { signal: AbortSignal; progress(done: number, total: number): void }, jobId: string): Promise<ExportResult> {
    const result: ExportResult = { jobId, state: 'done', total: ids.length, folder, written: [], failed: [] };
    if (folder) await removeStaleTemps(folder);
    const downloads: Array<{ name: string; bytes: Uint8Array; mime: string }> = [];
    const taken = new Set<string>();
    let finished = 0;
    context.progress(0, ids.length);

    // History rows go in together (one transaction, one disk flush) every so often, not one by one.
    const history: Array<() => void> = [];
    let lastFlush = Date.now();
    const flushHistory = () => {
      if (history.length > 0) db.transaction(() => history.splice(0).forEach((record) => record()))();
      lastFlush = Date.now();
    };

    /** Write a rendered story's files (the disk works while the next story renders), then note it in its history. */
    const finish = async (story: Story, rendered: Array<{ file: StoryFile; bytes: Uint8Array }>, problems: string[], gate: GateResult) => {
      const written: string[] = [];
      const writtenFormats: ExportFormat[] = [];
      if (folder) {
        const outcomes = await Promise.allSettled(rendered.map(({ file, bytes }) => writeFileAtomic(folder, file.name, bytes, request.onExisting)));
        outcomes.forEach((outcome, i) => {
          const { file } = rendered[i]!;
          if (outcome.status === 'fulfilled') {
            written.push(path.basename(outcome.value));
            writtenFormats.push(file.format);
          } else problems.push(`${file.name}: ${fileProblem(outcome.reason)}`);
        });
        if (written.length > 0) await syncFolder(folder);
      } else {
        for (const { file, bytes } of rendered) {
          downloads.push({ name: file.name, bytes, mime: FORMAT_INFO[file.format].mime });
          written.push(file.name);
          writtenFormats.push(file.format);
        }
      }
      if (written.length > 0) {
        // An overridden gate is recorded as the facts capability records it (kind "override", action "export").
        if (!gate.clear && request.override) {
          try {
            checks.override({ storyId: story.id, action: 'export', note: request.override.reason, formats: writtenFormats });
          } catch (error) {
            problems.push(`The override could not be recorded: ${toApiErrorMessage(error)}`);
          }
        }
        const at = now().toISOString();
        history.push(() => {
          recordStoryEvent(db, { storyId: story.id, at, kind: 'export', data: { formats: writtenFormats, files: written, final: request.final, destination: folder ? 'folder' : 'download', ...(folder ? { folder } : {}) } });
        });
        result.written.push({ storyId: story.id, headline: headlineOf(story), files: written });
      }
      if (problems.length > 0) result.failed.push({ storyId: story.id, headline: headlineOf(story), message: problems.join('\n') });
      if (history.length >= 50 || Date.now() - lastFlush > 1000) flushHistory();
      context.progress(++finished, ids.length);
    };

    let writing: Promise<void> = Promise.resolve();
    try {
      for (const id of ids) {
        if (context.signal.aborted) break;
        let story: Story | undefined;
        try {
          story = requireStory(id);
          const gate = gateOf(story, request.final);
          if (!gate.clear && !request.override) {
            throw new AppError('conflict', `Final export blocked: ${gate.summary}. Check them, export with an override and a reason, or export a draft copy.`);
          }
          const input = exportInputFor(story);
          const problems: string[] = [];
          // One file at a time, each a short piece of work, with the loop free in between.
          const rendered: Array<{ file: StoryFile; bytes: Uint8Array }> = [];
          for (const file of filesFor(story, request.formats, taken)) {
            if (context.signal.aborted) break;
            try {
              rendered.push({ file, bytes: await renderFile(file.format, input) });
            } catch (error) {
              problems.push(`${file.name}: ${fileProblem(error)}`);
            }
            await yieldToEventLoop();
          }
          await writing;
          writing = finish(story, rendered, problems, gate);
        } catch (error) {
          result.failed.push({ storyId: id, headline: story ? headlineOf(story) : id, message: toApiErrorMessage(error) });
          context.progress(++finished, ids.length);
        }
      }
      await writing;
    } finally {
      flushHistory();
    }
    if (context.signal.aborted) result.state = 'cancelled';
    if (!folder && downloads.length > 0 && result.state !== 'cancelled') result.download = await packDownload(downloads);
    return result;
  }

  async function packDownload(files: Array<{ name: string; bytes: Uint8Array; mime: string }>): Promise<NonNullable<ExportResult['download']>> {
    if (files.length === 1) {
      const [file] = files;
      return { fileName: file!.name, mime: file!.mime, base64: Buffer.from(file!.bytes).toString('base64'), size: file!.bytes.length };
    }
    const zipped = await zipFiles(files);
    const stamp = now().toISOString().slice(0, 16).replace(/[:T]/g, '-');
    return { fileName: `copydesk-export-${stamp}.zip`, mime: 'application/zip', base64: Buffer.from(zipped).toString('base64'), size: zipped.length };
  }

  return {
    capabilities(): ExportCapabilities {
      return { nativeFolderDialog: Boolean(deps.chooseFolder), pdf: Boolean(deps.printer), home: folders.home };
    },

    plan(request: PlanRequest): ExportPlan {
      const ids = storyIds(request.scope);
      const folder = request.destination.kind === 'folder' ? folders.resolveDestination(request.destination.path) : null;
      const taken = new Set<string>();
      let existing = 0;
      const planned = ids.map(requireStory).map((story) => {
        const storyFiles = filesFor(story, request.formats, taken).map((file) => {
          const exists = folder !== null && fs.existsSync(path.join(folder, file.name));
          if (exists) existing++;
          return { ...file, exists };
        });
        return { id: story.id, slug: story.slug, headline: headlineOf(story), status: story.status, gate: gateOf(story, request.final), files: storyFiles };
      });
      return { folder, stories: planned, existing, blocked: planned.filter((story) => !story.gate.clear).length, unavailable: unavailableFormats() };
    },

    start(request: ExportRequest): { jobId: string; total: number } {
      const ids = storyIds(request.scope);
      if (ids.length === 0) throw new AppError('not_found', 'No story matches what was chosen for export.');
      const folder = request.destination.kind === 'folder' ? folders.resolveDestination(request.destination.path) : null;
      const label = ids.length === 1 ? `Exporting “${headlineOf(requireStory(ids[0]!))}”` : `Exporting ${ids.length} stories`;
      let jobId = '';
      // The job body runs after start() returns (the runner yields first), so jobId is set by then.
      const started = jobs.start(label, (context) => run(request, ids, folder, context, jobId));
      jobId = started.jobId;
      results.set(jobId, started.done.catch((error: unknown) => ({ jobId, state: 'failed' as const, total: ids.length, folder, written: [], failed: [{ storyId: '', headline: '', message: toApiErrorMessage(error) }] })));
      while (results.size > RESULTS_KEPT) results.delete(results.keys().next().value!);
      return { jobId, total: ids.length };
    },

    async result(jobId: string): Promise<ExportResult> {
      const result = results.get(jobId);
      if (!result) throw new AppError('not_found', `There is no export job ${jobId} (it may be from before a restart).`);
      return result;
    },

    async chooseFolder(): Promise<{ path: string } | null> {
      if (!deps.chooseFolder) throw new AppError('unavailable', 'There is no system folder dialog here; choose a folder inside your home folder in the list instead.');
      const chosen = await deps.chooseFolder();
      if (!chosen) return null;
      folders.allowPicked(chosen);
      return { path: chosen };
    },

    listFolders(folder: string | undefined) {
      return folders.list(folder);
    },

    createFolder(parent: string, name: string) {
      return { path: folders.create(parent, name) };
    },

    printView(id: string): { html: string; title: string } {
      const story = requireStory(id);
      return { html: printSurfaceHtml(exportInputFor(story)), title: headlineOf(story) };
    },

    /** Stop the worker thread, if any. */
    close(): Promise<void> {
      return renderer.close();
    },

    /** For tests and the CLI: a story's bytes in one format. */
    async render(id: string, format: ExportFormat): Promise<Uint8Array> {
      return renderFile(format, exportInputFor(requireStory(id)));
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;

/** Names already used in this batch get "-2", "-3" before the extension. */
function uniqueIn(taken: Set<string>, name: string, format: ExportFormat): string {
  const extension = FORMAT_INFO[format].extension;
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, name.length - extension.length)}-${n}${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function fileProblem(error: unknown): string {
  if (error instanceof FileExistsError) return 'already exists; left as it was (choose "Replace" or "Keep both" to export it)';
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC') return 'the disk is full; nothing was written for this file';
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to write in this folder';
  if (code === 'EROFS') return 'the folder is on a read-only disk';
  return toApiErrorMessage(error);
}

function toApiErrorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
