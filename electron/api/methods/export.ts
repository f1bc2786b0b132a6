import { z } from 'zod';
import { STORY_STATUSES } from '../../../story/model';
import { EXPORT_FORMATS, type ExportFormat } from '../../../story/formats/registry';
import type { GateResult } from '../../../story/facts/gate';
import { returns } from '../methodDef';
import { storyId } from './stories';

/** Which stories: a selection (ids), a filter (status and/or words to find), or every story. */
export const exportScope = z
  .strictObject({
    storyIds: z.array(storyId).min(1, { error: 'must name at least one story' }).max(10_000).optional(),
    status: z.enum(STORY_STATUSES).optional(),
    query: z.string().trim().min(1, { error: 'must hold a word to find' }).max(500).optional(),
    all: z.literal(true).optional(),
  })
  .refine((scope) => scope.storyIds || scope.status || scope.query || scope.all, { error: 'must name stories (storyIds), a status, a query, or all: true' });

export const exportDestination = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('folder'), path: z.string().min(1, { error: 'must name a folder' }).max(4096) }),
  /** Browser mode: the files come back to be offered as a download (one .zip for several). */
  z.strictObject({ kind: z.literal('download') }),
]);

const formats = z.array(z.enum(EXPORT_FORMATS)).min(1, { error: 'must name at least one format' }).max(EXPORT_FORMATS.length);

export const exportRequest = z.strictObject({
  scope: exportScope,
  formats,
  destination: exportDestination,
  /** Final exports (for publication) pass the fact gate (unchecked, disputed, false, detached facts; TKs). */
  final: z.boolean().default(false),
  /** What to do with files that already exist: never overwritten unless the user said so. */
  onExisting: z.enum(['fail', 'replace', 'keep-both']).default('fail'),
  /** Export a final story despite its blockers; the reason goes into its history. */
  override: z.strictObject({ reason: z.string().trim().min(3, { error: 'must say why (at least 3 characters)' }).max(2000) }).optional(),
});

export interface PlannedFile {
  format: ExportFormat;
  name: string;
  /** A file of that name is already in the folder. */
  exists: boolean;
}

export interface ExportPlan {
  /** The folder's real path (folder destinations). */
  folder: string | null;
  stories: Array<{ id: string; slug: string; headline: string; status: string; gate: GateResult; files: PlannedFile[] }>;
  /** How many planned files already exist. */
  existing: number;
  /** How many stories the fact gate holds back (counts for final exports). */
  blocked: number;
  /** Formats that cannot be made here, with why ("pdf": "PDF needs the desktop app"). */
  unavailable: Partial<Record<ExportFormat, string>>;
}

export interface ExportResult {
  jobId: string;
  state: 'done' | 'cancelled' | 'failed';
  total: number;
  folder: string | null;
  written: Array<{ storyId: string; headline: string; files: string[] }>;
  failed: Array<{ storyId: string; headline: string; message: string }>;
  /** Download destinations: the file to offer (a .zip when there are several). */
  download?: { fileName: string; mime: string; base64: string; size: number };
}

export interface ExportCapabilities {
  /** Electron: the system's folder dialog. Browser mode: the in-app picker inside home. */
  nativeFolderDialog: boolean;
  pdf: boolean;
  home: string;
}

export interface FolderListing {
  path: string;
  parent: string | null;
  home: string;
  folders: Array<{ name: string; path: string }>;
}

const folderPath = z.string().min(1).max(4096);

export const exportMethods = {
  getExportCapabilities: returns<ExportCapabilities>()({ kind: 'read', input: z.strictObject({}) }),
  /** The files an export would write, which exist already, and what blocks a final export. */
  planExport: returns<ExportPlan>()({ kind: 'read', input: exportRequest.omit({ onExisting: true, override: true }) }),
  /** Start an export job; progress arrives as jobProgress events, the outcome from getExportResult. */
  startExport: returns<{ jobId: string; total: number }>()({ kind: 'write', input: exportRequest }),
  /** The outcome of an export job (waits for it to finish). */
  getExportResult: returns<ExportResult>()({ kind: 'read', input: z.strictObject({ jobId: z.uuid({ error: 'must be a job id' }) }) }),
  /** Electron: the system's folder dialog; null when the user cancels. */
  chooseExportFolder: returns<{ path: string } | null>()({ kind: 'write', input: z.strictObject({}) }),
  /** The in-app folder picker: sub-folders of a folder inside the home folder. */
  listExportFolders: returns<FolderListing>()({ kind: 'read', input: z.strictObject({ path: folderPath.optional() }) }),
  createExportFolder: returns<{ path: string }>()({ kind: 'write', input: z.strictObject({ parent: folderPath, name: z.string().trim().min(1).max(200) }) }),
  /** The print surface of a saved story, for the browser's own "Save as PDF". */
  renderPrintView: returns<{ html: string; title: string }>()({ kind: 'read', input: z.strictObject({ id: storyId }) }),
};
