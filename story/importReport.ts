/** What happened to one file of an import. */
export interface ImportEntry {
  /** The path as given (or as dropped, relative to the dropped folder). */
  path: string;
  status: 'imported' | 'failed' | 'skipped';
  storyId?: string;
  headline?: string;
  warnings: string[];
  /** Why it failed or was skipped. */
  error?: string;
}

/** The end of an import: counts, and one entry per file (see `entriesOmitted`). */
export interface ImportReport {
  jobId: string;
  imported: number;
  failed: number;
  skipped: number;
  /** Files with warnings among the imported. */
  withWarnings: number;
  cancelled: boolean;
  durationMs: number;
  entries: ImportEntry[];
  /** Imported entries left out of `entries` to keep a huge report small (every failure and skip is kept). */
  entriesOmitted: number;
}

/** "Imported 12 files (2 with warnings); 1 failed; 3 skipped." */
const files = (n: number) => `${n.toLocaleString('en')} file${n === 1 ? '' : 's'}`;

export function importSummary(report: Pick<ImportReport, 'imported' | 'failed' | 'skipped' | 'withWarnings' | 'cancelled'>): string {
  const parts = [`Imported ${files(report.imported)}${report.withWarnings ? ` (${report.withWarnings.toLocaleString('en')} with warnings)` : ''}`];
  if (report.failed) parts.push(`${report.failed.toLocaleString('en')} failed`);
  if (report.skipped) parts.push(`${report.skipped.toLocaleString('en')} skipped`);
  return `${parts.join('; ')}${report.cancelled ? '; cancelled before the end' : ''}.`;
}
