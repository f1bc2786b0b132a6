import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { EventPayload, MethodResult } from '../../electron/api/contract';
import type { ImportReport } from '../../story/importReport';
import { ok } from './dispatchOk';
import type { openTestCore } from './testCore';

/**
 * Imports 2,000 small files, cancels after the tenth, and checks that what was imported is
 * kept (and is what the library holds) while the rest is listed as not imported.
 */
export async function expectCancelledImport(
  core: ReturnType<typeof openTestCore>,
  importPaths: (paths: string[]) => { jobId: string; done: Promise<ImportReport> },
): Promise<void> {
  const many = path.join(core.dir, 'many');
  fs.mkdirSync(many);
  for (let i = 0; i < 2000; i++) fs.writeFileSync(path.join(many, `story-${i}.txt`), `Story ${i}\nBody of story ${i}.`);
  const started = importPaths([many]);
  core.events.subscribe((name, payload) => {
    const event = payload as EventPayload<'jobProgress'>;
    // Early, so that a busy machine still has most files left to cancel.
    if (name === 'jobProgress' && event.jobId === started.jobId && event.done >= 10) core.jobs.cancel(started.jobId);
  });
  const report = await started.done;
  expect(report.cancelled).toBe(true);
  expect(report.imported).toBeGreaterThanOrEqual(10);
  expect(report.imported).toBeLessThan(2000);
  expect(report.imported + report.skipped).toBe(2000);
  expect(report.entries.filter((e) => e.status === 'skipped').every((e) => /cancelled/.test(e.error ?? ''))).toBe(true);
  expect((await ok<MethodResult<'getLibraryInfo'>>(core.dispatch('getLibraryInfo', {}))).storyCount).toBe(report.imported);
}
