import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deserialize } from 'node:v8';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { largeWebPage } from '../../../bench/largeWebPage';
import { openBatchWriter } from '../../../db/batchWriter';
import type { MethodResult } from '../../../electron/api/contract';
import { createImportService } from '../../../electron/services/importPipeline/importService';
import type { PreparedFile, StoryToPrepare } from '../../../electron/services/importPipeline/parseFile';
import { createWorkerParser, importParserFactory, inProcessParser, type ImportParser, type ImportParsers } from '../../../electron/services/importPipeline/parsePool';
import type { ImportReport } from '../../../story/importReport';
import { ok } from '../../helpers/dispatchOk';
import { expectCancelledImport } from '../../helpers/cancelledImport';
import { sharedFolder, skipMessage } from '../../helpers/sharedTestdata';
import { openTestCore } from '../../helpers/testCore';
import { makeDocx, makeZip, wordParagraph } from '../../helpers/zipWriter';

const ROOT = path.resolve(__dirname, '../../..');
/** The worker bundle exactly as the build makes it, inside the project (jsdom is found from beside it). */
let bundleDir: string;
let workerFile: string;
let workerSource: string;
/** The same bundle where no node_modules can be found: a worker that cannot start. */
let strandedDir: string;

beforeAll(async () => {
  fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  bundleDir = fs.mkdtempSync(path.join(ROOT, '.cache', 'import-worker-test-'));
  strandedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-stranded-worker-'));
  workerFile = path.join(bundleDir, 'importWorker.cjs');
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['electron/services/importPipeline/parseWorker.ts'],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['jsdom'],
    logLevel: 'silent',
  });
  workerSource = fs.readFileSync(workerFile, 'utf8');
  fs.copyFileSync(workerFile, path.join(strandedDir, 'importWorker.cjs'));
}, 60_000);
afterAll(() => {
  fs.rmSync(bundleDir, { recursive: true, force: true });
  fs.rmSync(strandedDir, { recursive: true, force: true });
});

const NOW = new Date('2026-03-02T10:00:00Z');
const bytesOf = (content: string | Buffer) => new Uint8Array(typeof content === 'string' ? Buffer.from(content) : content);

/** Files of every kind the importer reads, and of kinds it refuses, made here. */
const SAMPLES: Array<[string, string | Buffer]> = [
  ['ferry.txt', 'Night ferries approved\n\nThe port authority voted 7 to 2 on Thursday to run ferries after midnight.\n\nFares stay the same.\n'],
  ['latin1.txt', Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' reopens\n\nThe owner said it was na'), 0xef, ...Buffer.from('ve to wait.\n')])],
  ['notes.md', '---\nslug: harbour-ferry\nkeywords: [ferry, harbour]\nurgency: 12\nembargo: 2001-01-01T00:00:00Z\n---\n# Harbour ferry vote\n\nThe council voted on **Tuesday**.\n\n- costs\n- timetable\n'],
  ['page.html', '<!doctype html><html><head><title>Budget passes</title><meta name="author" content="Ana Reyes"></head><body><nav>Home</nav><article><h1>Budget passes</h1><p>Councillors voted 12 to 3 <a href="javascript:alert(1)">late</a> on Monday.</p><script>alert(1)</script><p>The mayor welcomed it.</p></article></body></html>'],
  ['large.html', largeWebPage(1, 200_000)],
  ['letter.docx', makeDocx(`${wordParagraph('Ferry timetable changes', 'Title')}${wordParagraph('The new timetable starts in May.')}${wordParagraph('Night sailings', 'Heading1')}`, '<dc:title>Ferry timetable changes</dc:title>')],
  ['empty.txt', ''],
  ['blank.txt', '   \n'],
  ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])],
  ['report.pdf', '%PDF-1.4\n%âãÏÓ\n1 0 obj\n'],
  ['broken.docx', makeZip([{ name: 'hello.txt', data: 'not a Word file' }])],
  ['truncated.docx', makeDocx(wordParagraph('Cut short')).subarray(0, 60)],
];

/** The story each file becomes here: the same id, path and clock on both sides. */
const storyFor = (name: string): StoryToPrepare => ({ id: `story-${name}`, path: `incoming/${name}`, now: NOW });
type Outcome = { prepared: Omit<PreparedFile, 'statements'> & { statements: unknown } } | { error: { class: string; code?: string; message: string } };
/** What became of a file: the story with its statements decoded (as the writer reads them), or the error's class, code and message. */
const outcome = (promise: Promise<PreparedFile>): Promise<Outcome> =>
  promise.then(
    (prepared) => ({ prepared: { ...prepared, statements: deserialize(prepared.statements) } }),
    (error: Error & { code?: string }) => ({ error: { class: error.constructor.name, ...(error.code ? { code: error.code } : {}), message: error.message } }),
  );

describe('parsing imports in the worker thread', () => {
  let parsers: ImportParsers;
  let worker: ImportParser;
  beforeEach(() => {
    parsers = importParserFactory(bundleDir);
    worker = parsers.open();
  });
  afterEach(() => parsers.close());

  it('gives the same stories, warnings and failures (class, code, message) as parsing in this thread', async () => {
    const here = inProcessParser();
    for (const [name, content] of SAMPLES) {
      const expected = await outcome(here.prepare({ fileName: name, bytes: bytesOf(content) }, storyFor(name)));
      expect(await outcome(worker.prepare({ fileName: name, bytes: bytesOf(content) }, storyFor(name))), name).toEqual(expected);
    }
    expect(worker.inWorker).toBe(true);
    // The samples do exercise both sides: stories with warnings, and each kind of refusal.
    const outcomes = await Promise.all(SAMPLES.map(([name, content]) => outcome(here.prepare({ fileName: name, bytes: bytesOf(content) }, storyFor(name)))));
    expect(outcomes.filter((o) => 'prepared' in o)).toHaveLength(6);
    expect(new Set(outcomes.flatMap((o) => ('error' in o ? [o.error.code] : [])))).toEqual(new Set(['empty', 'binary', 'unsupported', 'corrupt']));
    expect(outcomes.flatMap((o) => ('prepared' in o ? o.prepared.warnings : []))).toEqual(expect.arrayContaining([expect.stringMatching(/urgency/), expect.stringMatching(/already lifted/)]));
  });

  const pagesDir = sharedFolder('readability-pages/test/test-pages');
  it.skipIf(!pagesDir)(`reads saved web pages exactly as this thread does ${pagesDir ? '' : skipMessage('readability-pages/test/test-pages')}`, async () => {
    const here = inProcessParser();
    const pages = fs.readdirSync(pagesDir!).toSorted().slice(0, 6);
    // Sent together: several files wait in the worker, and come back each to its own request.
    const fromWorker = await Promise.all(pages.map((page) => outcome(worker.prepare({ fileName: `${page}.html`, bytes: fs.readFileSync(path.join(pagesDir!, page, 'source.html')) }, storyFor(page)))));
    for (const [i, page] of pages.entries()) {
      expect(fromWorker[i], page).toEqual(await outcome(here.prepare({ fileName: `${page}.html`, bytes: fs.readFileSync(path.join(pagesDir!, page, 'source.html')) }, storyFor(page))));
    }
  });

  const wordDir = sharedFolder('docx-mammoth/test/test-data');
  it.skipIf(!wordDir)(`reads Word files exactly as this thread does ${wordDir ? '' : skipMessage('docx-mammoth/test/test-data')}`, async () => {
    const here = inProcessParser();
    const files = fs.readdirSync(wordDir!).filter((name) => /\.(docx|zip)$/.test(name)).toSorted();
    for (const name of files) {
      const bytes = () => fs.readFileSync(path.join(wordDir!, name));
      expect(await outcome(worker.prepare({ fileName: name, bytes: bytes() }, storyFor(name))), name).toEqual(await outcome(here.prepare({ fileName: name, bytes: bytes() }, storyFor(name))));
    }
  });

  it('moves a file that owns its memory to the worker, and copies a view into a larger buffer', async () => {
    await worker.prepare({ fileName: 'warm.txt', bytes: bytesOf('Warm up\n\nBody.') }, storyFor('warm.txt'));
    const owned = bytesOf('Owned bytes\n\nThe whole buffer is this file.');
    const prepared = await worker.prepare({ fileName: 'owned.txt', bytes: owned }, storyFor('owned.txt'));
    expect(prepared.headline).toBe('Owned bytes');
    expect(owned.byteLength).toBe(0);
    const shared = Buffer.alloc(4096, ' ');
    shared.write('Shared bytes\n\nOnly part of a larger buffer.', 100);
    const view = shared.subarray(100, 200);
    expect((await worker.prepare({ fileName: 'view.txt', bytes: view }, storyFor('view.txt'))).headline).toBe('Shared bytes');
    expect(shared.byteLength).toBe(4096);
    expect(shared.toString('utf8', 100, 112)).toBe('Shared bytes');
  });
});

const story = (name: string) => ({ fileName: name, bytes: bytesOf(`${name} headline\n\nBody of ${name}.`) });
/** The real worker, with a listener that breaks it on one file name. */
const breaking = (action: string, options: { timeLimitMs?: number } = {}) =>
  createWorkerParser(`${workerSource}\nrequire('node:worker_threads').parentPort.on('message', (m) => { if (m.fileName.startsWith('bad')) { ${action} } });`, {
    modulesFrom: workerFile,
    ...options,
  });
// (Failures are reported at once, imported files once committed: compare in file order.)
const comparable = (report: ImportReport) => report.entries.map(({ storyId: _id, ...entry }) => entry).toSorted((a, b) => a.path.localeCompare(b.path));

describe('a worker that fails', () => {

  it('fails only the file that crashed it; the files behind it are parsed by a new worker', async () => {
    const parser = breaking('process.exit(7);');
    try {
      await parser.prepare(story('warm.txt'), storyFor('warm.txt'));
      const first = parser.threadId;
      const results = await Promise.all(['before.txt', 'bad.txt', 'after-1.txt', 'after-2.txt'].map((name) => outcome(parser.prepare(story(name), storyFor(name)))));
      expect(results[0]).toMatchObject({ prepared: { headline: 'before.txt headline' } });
      expect(results[1]).toEqual({ error: { class: 'ImportError', code: 'corrupt', message: 'bad.txt: the file could not be read: the reader stopped on it (exit code 7).' } });
      expect(results[2]).toMatchObject({ prepared: { headline: 'after-1.txt headline' } });
      expect(results[3]).toMatchObject({ prepared: { headline: 'after-2.txt headline' } });
      expect(parser.inWorker).toBe(true);
      expect(parser.threadId).not.toBe(first);
    } finally {
      await parser.close();
    }
  });

  it('stops a file that keeps it busy past the time limit, and goes on with the next', async () => {
    const parser = breaking('for (;;) {}', { timeLimitMs: 2000 });
    try {
      const results = await Promise.all(['before.txt', 'bad-loop.txt', 'after.txt'].map((name) => outcome(parser.prepare(story(name), storyFor(name)))));
      expect(results[0]).toMatchObject({ prepared: { headline: 'before.txt headline' } });
      expect(results[1]).toEqual({ error: { class: 'ImportError', code: 'too_complex', message: 'bad-loop.txt: reading the file took longer than 2 s, so it was stopped.' } });
      expect(results[2]).toMatchObject({ prepared: { headline: 'after.txt headline' } });
    } finally {
      await parser.close();
    }
  });

  it('hands over to this thread when the worker cannot start (jsdom not found beside its bundle)', async () => {
    const stranded = importParserFactory(strandedDir);
    const parser = stranded.open();
    try {
      const [name, content] = SAMPLES.find(([file]) => file === 'page.html')!;
      const prepared = await outcome(parser.prepare({ fileName: name, bytes: bytesOf(content) }, storyFor(name)));
      expect(prepared).toEqual(await outcome(inProcessParser().prepare({ fileName: name, bytes: bytesOf(content) }, storyFor(name))));
      expect(parser.inWorker).toBe(false);
    } finally {
      await stranded.close();
    }
    // And with no bundle at all, parsing is in this thread from the start.
    expect(importParserFactory(path.join(bundleDir, 'nowhere')).open().inWorker).toBe(false);
  });
});

describe('importing through the service with the parse worker', () => {
  let core: ReturnType<typeof openTestCore>;
  beforeEach(() => {
    core = openTestCore();
  });
  afterEach(() => core.dispose());

  const service = (parser: () => ImportParser) =>
    createImportService({ db: core.library.db, events: core.events, jobs: core.jobs, openWriter: () => openBatchWriter(core.libraryPath), openParser: parser });

  it('makes the same report and the same stories as parsing in this thread', async () => {
    const folder = path.join(core.dir, 'incoming');
    fs.mkdirSync(folder);
    for (const [name, content] of SAMPLES) fs.writeFileSync(path.join(folder, name), content);
    const inThread = await service(inProcessParser).importPaths([folder], { keepAllEntries: true }).done;
    const parsers = importParserFactory(bundleDir);
    const opened: ImportParser[] = [];
    const openWorker = () => opened[opened.push(parsers.open()) - 1]!;
    const inWorker = await service(openWorker).importPaths([folder], { keepAllEntries: true }).done;
    expect(opened.map((parser) => parser.inWorker)).toEqual([true]);
    await parsers.close();
    expect(inWorker).toMatchObject({ imported: 6, failed: 4, skipped: 2, cancelled: false });
    expect(comparable(inWorker)).toEqual(comparable(inThread));
    const texts = (report: ImportReport) =>
      Promise.all(
        report.entries
          .filter((entry) => entry.storyId)
          .toSorted((a, b) => a.path.localeCompare(b.path))
          .map(async (entry) => {
            const { headline, bodyText, wordCount, keywords, slug } = await ok<MethodResult<'getStory'>>(core.dispatch('getStory', { id: entry.storyId! }));
            return { headline, bodyText, wordCount, keywords, slug };
          }),
      );
    expect(await texts(inWorker)).toEqual(await texts(inThread));
  });

  it('stops when cancelled, keeping what was imported and listing the rest as not imported', async () => {
    const parsers = importParserFactory(bundleDir);
    await expectCancelledImport(core, (paths) => service(() => parsers.open()).importPaths(paths));
    await parsers.close();
  });
});

describe('one worker for imports that follow one another', () => {
  it('keeps the worker for the next import, and stops it once nobody has used it for a while', async () => {
    const parsers = importParserFactory(bundleDir, 300);
    try {
      const first = parsers.open();
      await first.prepare(story('one.txt'), storyFor('one.txt'));
      const thread = first.threadId;
      expect(thread).toBeGreaterThan(0);
      await first.close();
      // The next import, soon after: the same worker, already started.
      const second = parsers.open();
      await second.prepare(story('two.txt'), storyFor('two.txt'));
      expect(second.threadId).toBe(thread);
      await second.close();
      // Idle past the limit: stopped; the next import starts a new one.
      await expect.poll(() => second.threadId, { timeout: 10_000 }).toBeUndefined();
      const third = parsers.open();
      expect((await third.prepare(story('three.txt'), storyFor('three.txt'))).headline).toBe('three.txt headline');
      expect(third.threadId).not.toBe(thread);
      await third.close();
    } finally {
      await parsers.close();
    }
  });
});
