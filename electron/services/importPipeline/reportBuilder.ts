import type { ImportEntry, ImportReport } from '../../../story/importReport';

/** Imported entries kept in a report; failures and skips are always all kept. */
const IMPORTED_ENTRIES_KEPT = 2000;

export class ReportBuilder {
  private readonly entries: ImportEntry[] = [];
  private readonly started = performance.now();
  imported = 0;
  failed = 0;
  skipped = 0;
  withWarnings = 0;
  private omitted = 0;

  constructor(
    private readonly jobId: string,
    /** Keep every imported entry (the command line's --json lists each file). */
    private readonly keepAll = false,
  ) {}

  get done(): number {
    return this.imported + this.failed + this.skipped;
  }

  add(entry: ImportEntry): void {
    if (entry.status === 'imported') {
      this.imported++;
      if (entry.warnings.length > 0) this.withWarnings++;
      if (!this.keepAll && this.imported > IMPORTED_ENTRIES_KEPT && entry.warnings.length === 0) {
        this.omitted++;
        return;
      }
    } else if (entry.status === 'failed') this.failed++;
    else this.skipped++;
    this.entries.push(entry);
  }

  build(cancelled: boolean): ImportReport {
    return {
      jobId: this.jobId,
      imported: this.imported,
      failed: this.failed,
      skipped: this.skipped,
      withWarnings: this.withWarnings,
      cancelled,
      durationMs: Math.round(performance.now() - this.started),
      entries: [...this.entries],
      entriesOmitted: this.omitted,
    };
  }
}
