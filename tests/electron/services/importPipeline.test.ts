import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload, MethodResult } from '../../../electron/api/contract';
import { fieldsForImport } from '../../../electron/services/importPipeline/importFields';
import { createImportService } from '../../../electron/services/importPipeline/importService';
import { docFromPlainText } from '../../../story/document';
import type { ImportEntry, ImportReport } from '../../../story/importReport';
import { importSummary } from '../../../story/importReport';
import { openTestCore } from '../../helpers/testCore';
import { failed, ok } from '../../helpers/dispatchOk';
import { expectCancelledImport } from '../../helpers/cancelledImport';

let core: ReturnType<typeof openTestCore>;
let folder: string;
beforeEach(() => {
  core = openTestCore();
  folder = path.join(core.dir, 'incoming');
  fs.mkdirSync(path.join(folder, 'wire', '.hidden'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'wire', 'ferry.txt'), 'Night ferries approved\n\nThe port authority voted on Thursday.\n');
  fs.writeFileSync(path.join(folder, 'wire', 'budget.txt'), 'Budget passes\nCouncillors voted 12 to 3.\n');
  fs.writeFileSync(path.join(folder, 'wire', 'empty.txt'), '   \n');
  fs.writeFileSync(path.join(folder, 'wire', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  fs.writeFileSync(path.join(folder, 'wire', '.hidden', 'secret.txt'), 'Not for import');
  fs.writeFileSync(path.join(folder, '.DS_Store'), 'junk');
});
afterEach(() => core.dispose());

const byPath = (report: ImportReport) => Object.fromEntries(report.entries.map((e) => [path.basename(e.path), e]));

describe('importing files and folders', () => {
  it('imports every good file of a folder, fails bad ones with reasons, skips unsupported types, in one report', async () => {
    const progress: Array<EventPayload<'jobProgress'>> = [];
    const finished: ImportReport[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'jobProgress') progress.push(payload as EventPayload<'jobProgress'>);
      if (name === 'importFinished') finished.push(payload as ImportReport);
    });
    const missing = path.join(folder, 'missing.txt');
    const report = await core.services.imports.importPaths([folder, missing]).done;
    expect(report).toMatchObject({ imported: 2, failed: 2, skipped: 1, cancelled: false });
    const entries = byPath(report);
    expect(entries['ferry.txt']).toMatchObject({ status: 'imported', headline: 'Night ferries approved', storyId: expect.any(String) });
    expect(entries['empty.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/empty/) });
    expect(entries['photo.jpg']).toMatchObject({ status: 'skipped', error: expect.stringMatching(/JPEG image, not a story/) });
    expect(entries['missing.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/no such file/) });
    expect(entries['secret.txt']).toBeUndefined();
    expect(importSummary(report)).toBe('Imported 2 files; 2 failed; 1 skipped.');
    expect(finished).toHaveLength(1);
    expect(progress.at(-1)).toMatchObject({ state: 'done', done: 5, total: 5 });

    const story = await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: entries['ferry.txt']!.storyId! }));
    expect(story).toMatchObject({ headline: 'Night ferries approved', bodyText: 'The port authority voted on Thursday.', status: 'draft' });
    const history = await ok<MethodResult<'listStoryEvents'>>(core.dispatch('listStoryEvents', { id: story.id }));
    expect(history.map((e) => e.kind)).toEqual(['import']);
    expect(history[0]!.data).toMatchObject({ file: expect.stringContaining('ferry.txt') });
    const revisions = await ok<MethodResult<'listRevisions'>>(core.dispatch('listRevisions', { id: story.id }));
    expect(revisions.map((r) => r.kind)).toEqual(['import']);
  });

  it('fails a named file of an unsupported type rather than skipping it, and binary junk named as a story even in a folder', async () => {
    const report = await core.services.imports.importPaths([path.join(folder, 'wire', 'photo.jpg')]).done;
    expect(report).toMatchObject({ imported: 0, failed: 1, skipped: 0 });
    fs.writeFileSync(path.join(folder, 'wire', 'junk.txt'), Buffer.from([0xff, 0xd8, 0xff, 0, 1, 2, 3]));
    const walked = await core.services.imports.importPaths([folder]).done;
    expect(byPath(walked)['junk.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/JPEG image/) });
  });

  it('changes nothing for a file that fails to store, and goes on with the rest (commits on the main thread)', async () => {
    const pages = core.library.db.pragma('page_count', { simple: true }) as number;
    const big = path.join(folder, 'wire', 'zz-huge.txt');
    fs.writeFileSync(big, `Huge\n${'word '.repeat(400_000)}`);
    // max_page_count holds for this connection only: import without the writer thread here.
    const inThread = createImportService({ db: core.library.db, events: core.events, jobs: core.jobs });
    core.library.db.pragma(`max_page_count = ${pages + 40}`);
    const report = await inThread.importPaths([folder]).done;
    core.library.db.pragma('max_page_count = 1073741823');
    expect(byPath(report)['zz-huge.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/disk is full/) });
    expect(report.imported).toBe(2);
    const info = await ok<MethodResult<'getLibraryInfo'>>(core.dispatch('getLibraryInfo', {}));
    expect(info.storyCount).toBe(2);
    expect((await ok<MethodResult<'queryLibrary'>>(core.dispatch('queryLibrary', { text: 'huge' }))).total).toBe(0);
  });

  it('stops when cancelled, keeping what was imported and listing the rest as not imported', async () => {
    await expectCancelledImport(core, (paths) => core.services.imports.importPaths(paths));
  });
});

/** Send a file in chunks as the renderer does; resolves with the last chunk's answer. */
const send = (jobId: string, fileIndex: number, filePath: string, content: Buffer, chunkSize: number) => {
  const chunks: Buffer[] = [];
  for (let at = 0; at < content.length; at += chunkSize) chunks.push(content.subarray(at, at + chunkSize));
  if (chunks.length === 0) chunks.push(Buffer.alloc(0));
  return chunks.reduce<Promise<unknown>>(
    (previous, chunk, chunkIndex) =>
      previous.then(() =>
        ok(core.dispatch('importChunk', { jobId, fileIndex, path: filePath, chunkIndex, chunkCount: chunks.length, dataBase64: chunk.toString('base64') })),
      ),
    Promise.resolve(),
  ) as Promise<ImportEntry>;
};

describe('importing uploaded bytes (drag and drop, browser mode)', () => {
  it('reassembles files sent in chunks, answers each file, and reports at the end', async () => {
    const { jobId } = await ok<MethodResult<'beginImport'>>(core.dispatch('beginImport', { fileCount: 3 }));
    const long = Buffer.from(`Long story\n${'Paragraph with ünïcödé and words.\n'.repeat(2000)}`);
    const entry = await send(jobId, 0, 'drop/long.txt', long, 1000);
    expect(entry).toMatchObject({ status: 'imported', headline: 'Long story' });
    expect(await send(jobId, 1, 'short.txt', Buffer.from('Short\nBody.'), 4096)).toMatchObject({ status: 'imported' });
    expect(await send(jobId, 2, 'drop/notes.jpg', Buffer.from([1, 2, 3]), 4096)).toMatchObject({ status: 'skipped' });
    const report = await ok<ImportReport>(core.dispatch('finishImport', { jobId }));
    expect(report).toMatchObject({ imported: 2, skipped: 1, failed: 0, cancelled: false });
    const story = await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: entry.storyId! }));
    expect(story.wordCount).toBe(10_000);
    expect(story.bodyText).toContain('ünïcödé');
  });

  it('refuses chunks out of order and chunks after a cancel, and a cancelled upload still reports', async () => {
    const { jobId } = await ok<MethodResult<'beginImport'>>(core.dispatch('beginImport', { fileCount: 2 }));
    expect((await failed(core.dispatch('importChunk', { jobId, fileIndex: 0, path: 'a.txt', chunkIndex: 1, chunkCount: 2, dataBase64: '' }))).message).toMatch(/out of order/);
    await send(jobId, 0, 'a.txt', Buffer.from('A\nbody'), 100);
    expect(await ok(core.dispatch('cancelJob', { jobId }))).toBe(true);
    expect(await send(jobId, 1, 'b.txt', Buffer.from('B\nbody'), 100)).toMatchObject({ status: 'skipped', error: expect.stringMatching(/cancelled/) });
    expect(await ok<ImportReport>(core.dispatch('finishImport', { jobId }))).toMatchObject({ imported: 1, cancelled: true });
  });
});

describe('fields from an importer', () => {
  it('keeps valid fields, leaves out invalid ones with a warning, lifts past embargoes, and always starts as a draft', () => {
    const { fields, warnings } = fieldsForImport(
      {
        fields: { headline: 'Wire story', slug: 'Not A Slug!', urgency: 12, keywords: ['ferry'], status: 'published', embargo: '2001-01-01T00:00:00Z', body: docFromPlainText('Body') },
        warnings: ['Invalid bytes were replaced.'],
        leftOut: [],
        needsHeadline: false,
      },
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(fields).toMatchObject({ headline: 'Wire story', slug: '', urgency: null, keywords: ['ferry'], status: 'draft', embargo: null });
    expect(warnings).toEqual([
      'Invalid bytes were replaced.',
      expect.stringMatching(/^The file's slug was left out: may hold only lower-case/),
      expect.stringMatching(/^The file's urgency was left out/),
      expect.stringMatching(/embargo \(2001-01-01T00:00:00Z\) has already lifted/),
    ]);
  });
});
