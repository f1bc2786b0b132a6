/**
 * `npm run bench:library -- [--stories N]`: the library at newsroom scale (default
 * 100,000 stories built from Reuters-21578, read in place). Every figure is compared
 * with a raw better-sqlite3 baseline measured in the same run on the same machine.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openCore } from '../electron/core/core';
import { openLibrary } from '../db/open';
import { measureOpening, openingRows, type OpeningFigures } from './openLibrary';
import { searchLibrary } from '../db/librarySearch';
import type { Db } from '../db/handle';
import { translateQuery } from '../story/search/queryTranslator';
import type { LibraryFilters, LibrarySort } from '../story/library';
import { STORY_STATUSES } from '../story/model';
import { buildCorpus, loadReuters, REUTERS_DIR, type CorpusStory } from './reutersCorpus';
import { buildQueries } from './searchQueries';
import { largeWebPage } from './largeWebPage';
import { createImportService } from '../electron/services/importPipeline/importService';
import { importParserFactory, inProcessParser, type ImportParser } from '../electron/services/importPipeline/parsePool';
import { openBatchWriter } from '../db/batchWriter';

const { values } = parseArgs({
  options: { stories: { type: 'string', default: '100000' }, pages: { type: 'string', default: '20' }, keep: { type: 'boolean', default: false }, 'open-only': { type: 'string' } },
});
const PAGES = Number(values.pages);
const N = Number(values.stories);
if (!Number.isInteger(N) || N < 100) throw new Error(`--stories must be a whole number of at least 100, not ${values.stories}`);

const percentile = (samples: number[], p: number) => {
  const sorted = samples.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const stats = (samples: number[]) => ({ p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), max: round(Math.max(...samples)), n: samples.length });
const round = (value: number, digits = 3) => Number(value.toFixed(digits));
const now = () => performance.now();
const log = (line: string) => process.stderr.write(`${line}\n`);

/** How late a 10 ms timer fires, every time, from now until stop(): the main loop's stalls. */
function stallProbe(): { stop(): { max: number; p99: number; over50: number; samples: number } } {
  const lateness: number[] = [];
  let last = now();
  const timer = setInterval(() => {
    const t = now();
    lateness.push(Math.max(0, t - last - 10));
    last = t;
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      return { max: round(Math.max(0, ...lateness), 1), p99: round(percentile(lateness, 99), 1), over50: lateness.filter((ms) => ms > 50).length, samples: lateness.length };
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function timeSync<T>(fn: () => T): [T, number] {
  const start = now();
  const value = fn();
  return [value, now() - start];
}

/** `--open-only PATH`: only the opening figures, on a copy of an existing library. */
async function openOnly(source: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-open-'));
  try {
    const libraryPath = path.join(dir, 'library.sqlite');
    for (const suffix of ['', '-wal']) if (fs.existsSync(`${source}${suffix}`)) fs.copyFileSync(`${source}${suffix}`, `${libraryPath}${suffix}`);
    const bytes = fs.statSync(libraryPath).size;
    log(`Opening a copy of ${source} (${(bytes / 1024 / 1024).toFixed(0)} MB)…`);
    const figures = await measureOpening(libraryPath);
    console.log(`\nOpening ${source} (${(bytes / 1024 / 1024).toFixed(0)} MB)`);
    for (const row of openingRows(figures)) console.log(`${row[0].padEnd(40)}  ${row[1].padEnd(10)}  raw ${row[2].padEnd(10)}  ${row[3]}`);
    const out = path.resolve(process.cwd(), 'bench', 'results', 'library-open.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify({ library: source, bytes, at: new Date().toISOString(), ...figures }, null, 2)}\n`);
    log(`Wrote ${out}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (values['open-only']) return openOnly(path.resolve(values['open-only']));
  if (!fs.existsSync(REUTERS_DIR)) {
    console.log(`Skipped: the Reuters-21578 test data is not at ${REUTERS_DIR}.`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
  log(`Building ${N.toLocaleString('en')} stories from Reuters-21578 in ${dir}…`);
  const corpus = buildCorpus(loadReuters(), N);
  const results: Record<string, unknown> = { stories: N, machine: { cpus: os.cpus().length, node: process.version }, at: new Date().toISOString() };

  // 1. Import through the service layer (importStoryFile, checks, story + event + revision per file), as a job.
  const libraryPath = path.join(dir, 'library.sqlite');
  const core = openCore({ libraryPath, mode: 'browser', app: 'bench', backupsDir: path.join(dir, 'Backups'), log });
  // Every file's bytes, made before the clock starts, in one buffer (a view per file, as
  // a read from the page cache gives, and nothing for the collector to chase meanwhile).
  const texts = corpus.map((story) => Buffer.from(story.text()));
  const all = Buffer.concat(texts);
  const offsets = [0];
  for (const text of texts) offsets.push(offsets.at(-1)! + text.length);
  texts.length = 0;
  const items = corpus.map((story, i) => ({ path: story.fileName, fromFolder: false, read: async () => all.subarray(offsets[i]!, offsets[i + 1]!) }));
  let longestGc = 0;
  let longestGcKind = '';
  const gcPauses: number[] = [];
  const GC_KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcPauses.push(entry.duration);
      if (entry.duration <= longestGc) continue;
      longestGc = entry.duration;
      longestGcKind = GC_KINDS[(entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other';
    }
  });
  gc.observe({ entryTypes: ['gc'] });
  // The machine's own noise first: the same probe for 20 s with nothing running.
  log('Measuring the idle main loop for 20 s…');
  const idleProbe = stallProbe();
  await sleep(20_000);
  const idle = idleProbe.stop();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const probe = stallProbe();
  log('Importing through the service layer…');
  loop.enable();
  const [serviceImport] = await (async () => {
    const start = now();
    const report = await core.services.imports.importItems(items).done;
    return [{ ms: now() - start, report }] as const;
  })();
  loop.disable();
  const stalls = probe.stop();
  gc.disconnect();
  if (serviceImport.report.imported !== N) throw new Error(`only ${serviceImport.report.imported} of ${N} imported: ${JSON.stringify(serviceImport.report.entries.find((e) => e.status !== 'imported'))}`);
  const db = core.library.db;
  // What the app does next, in the background: merge the search index the import left in many segments.
  const merged = await core.services.searchIndex.upkeep();
  await core.services.searchIndex.settled();

  // 2. The same rows, inserted raw with better-sqlite3 in one transaction into a fresh library.
  log('Inserting the same rows raw…');
  const rawTime = rawInsert(db, path.join(dir, 'raw.sqlite'));
  results.import = {
    serviceMs: round(serviceImport.ms, 1),
    rawMs: round(rawTime, 1),
    serviceStoriesPerSecond: Math.round(N / (serviceImport.ms / 1000)),
    rawStoriesPerSecond: Math.round(N / (rawTime / 1000)),
    ratio: round(serviceImport.ms / rawTime, 2),
    longestEventLoopStallMs: round(loop.max / 1e6, 1),
    stallsDuringImport: stalls,
    stallsIdle: idle,
    longestGcPauseMs: round(longestGc, 1),
    longestGcKind,
    gcPausesOver20Ms: gcPauses.filter((ms) => ms > 20).length,
    searchIndexMergeMs: round(merged?.ms ?? 0, 1),
  };

  // Newsroom metadata the plain-text files cannot carry: desks, bylines, keywords, statuses, dates, a few embargoes and trashed stories.
  log('Setting metadata…');
  setMetadata(db, corpus);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  const invalidate = () => core.events.emit('libraryChanged', { reason: 'saved', storyIds: [] });

  // 3. Search: the service (dispatch, translation, count) vs the same FTS5 statements raw on the same database.
  log('Searching…');
  const queries = buildQueries(corpus, 240);
  const service: number[] = [];
  const raw: number[] = [];
  let rowsFound = 0;
  for (const [i, { text }] of queries.entries()) {
    const translated = translateQuery(text);
    if (translated.kind !== 'match') throw new Error(`query "${text}" did not translate`);
    // Raw: the same statements straight from the query module on the same connection (no dispatch, checks, translation or cache).
    const request = { match: translated.fts, terms: translated.terms, scope: 'library' as const, filters: {}, now: new Date().toISOString() };
    const runRaw = () => timeSync(() => searchLibrary(db, { ...request, sort: 'relevance', offset: 0, limit: 50 }))[1];
    const runService = async () => {
      invalidate();
      const start = now();
      const response = await core.dispatch('queryLibrary', { text, sort: 'relevance', limit: 50 });
      const ms = now() - start;
      if (!response.ok) throw new Error(response.error.message);
      rowsFound += (response.value as { rows: unknown[] }).rows.length;
      return ms;
    };
    // Alternate which goes first, so neither always finds the pages cached.
    if (i % 2 === 0) {
      service.push(await runService());
      raw.push(runRaw());
    } else {
      raw.push(runRaw());
      service.push(await runService());
    }
  }
  const slowest = queries
    .map(({ text }, i) => ({ text, serviceMs: round(service[i]!), rawMs: round(raw[i]!) }))
    .toSorted((a, b) => b.serviceMs - a.serviceMs)
    .slice(0, 10);
  const byKind = Object.fromEntries(
    [...new Set(queries.map((q) => q.kind))].map((kind) => {
      const at = queries.flatMap((q, i) => (q.kind === kind ? [i] : []));
      return [kind, { service: stats(at.map((i) => service[i]!)), raw: stats(at.map((i) => raw[i]!)) }];
    }),
  );
  results.search = {
    queries: queries.length,
    examples: queries.slice(0, 12).map((q) => q.text),
    service: stats(service),
    raw: stats(raw),
    p95Ratio: round(percentile(service, 95) / percentile(raw, 95), 2),
    rowsFound,
    byKind,
    slowest,
  };

  // 4. The list: the first 100 rows in each sort and with each filter (counts recomputed each time).
  log('Listing…');
  const sample = db.prepare(`SELECT section, (SELECT name FROM story_authors WHERE story_seq = seq LIMIT 1) AS author, (SELECT keyword FROM story_keywords WHERE story_seq = seq LIMIT 1) AS keyword FROM stories WHERE seq = ?`).get(Math.floor(N / 2)) as {
    section: string;
    author: string;
    keyword: string;
  };
  const cases: Array<{ name: string; sort: LibrarySort; filters: LibraryFilters; scope?: 'trash' }> = [
    ...(['updated', 'created', 'headline', 'status'] as const).map((sort) => ({ name: `sort ${sort}`, sort, filters: {} })),
    { name: 'filter status', sort: 'updated', filters: { statuses: ['ready'] } },
    { name: 'filter section', sort: 'updated', filters: { section: sample.section } },
    { name: 'filter byline', sort: 'updated', filters: { author: sample.author } },
    { name: 'filter keyword', sort: 'updated', filters: { keyword: sample.keyword } },
    { name: 'filter date range', sort: 'updated', filters: { from: '2018-01-01T00:00:00.000Z', to: '2018-03-15T00:00:00.000Z' } },
    { name: 'filter embargoed', sort: 'updated', filters: { embargoed: true } },
    { name: 'filters combined, by headline', sort: 'headline', filters: { statuses: ['draft', 'editing'], section: sample.section } },
    { name: 'trash', sort: 'updated', filters: {}, scope: 'trash' },
  ];
  const list: Record<string, unknown> = {};
  const allList: number[] = [];
  for (const item of cases) {
    const samples: number[] = [];
    let total = 0;
    for (let r = 0; r < 25; r++) {
      invalidate();
      const start = now();
      const response = await core.dispatch('queryLibrary', { sort: item.sort, filters: item.filters, scope: item.scope ?? 'library', limit: 100 });
      samples.push(now() - start);
      if (!response.ok) throw new Error(response.error.message);
      total = (response.value as { total: number }).total;
    }
    allList.push(...samples);
    list[item.name] = { ...stats(samples), total };
  }
  const scrolled: number[] = [];
  for (let r = 0; r < 50; r++) {
    const offset = Math.floor(((r + 1) / 51) * (N - 200));
    const start = now();
    await core.dispatch('queryLibrary', { sort: 'updated', offset, limit: 100 });
    scrolled.push(now() - start);
  }
  results.list = { cases: list, all: stats(allList), scrollWindow: stats(scrolled) };

  // 5. Opening a story.
  const ids = db.prepare(`SELECT id FROM stories ORDER BY random() LIMIT 300`).pluck().all() as string[];
  const opened: number[] = [];
  for (const id of ids) {
    const start = now();
    await core.dispatch('getStory', { id });
    opened.push(now() - start);
  }
  results.open = stats(opened);

  // 6. Size, and what opening and backing up cost at this size.
  core.close();
  const bytes = fs.statSync(libraryPath).size;
  results.size = { bytes, bytesPerStory: Math.round(bytes / N) };
  results.openLibrary = await measureOpening(libraryPath);

  // 7. Large files: saved web pages of 1 MB (~300 ms of parsing each), with the parse worker and parsing on the main thread.
  if (PAGES > 0) results.largePages = await importLargePages(dir);

  printTable(results);
  const out = path.resolve(process.cwd(), 'bench', 'results', 'library.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`Wrote ${out}`);
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The longest stall of the main loop while PAGES saved web pages of 1 MB are imported
 * through the service into a library of their own: parsed in the worker thread (as the app
 * does), then on the main thread (as it did before), in the same run.
 */
async function importLargePages(dir: string) {
  log(`Importing ${PAGES} large web pages, with the parse worker and on the main thread…`);
  const pages = Array.from({ length: PAGES }, (_, i) => Buffer.from(largeWebPage(i)));
  const core = openCore({ libraryPath: path.join(dir, 'pages.sqlite'), mode: 'browser', app: 'bench pages', backupsDir: path.join(dir, 'Backups'), log });
  const service = (openParser: () => ImportParser) =>
    createImportService({ db: core.library.db, events: core.events, jobs: core.jobs, openWriter: () => openBatchWriter(core.library.path), openParser });
  // Each file's bytes are handed over (the worker takes them): a fresh copy per run.
  const items = (run: string) => pages.map((bytes, i) => ({ path: `${run}/page-${i}.html`, fromFolder: false, read: async () => new Uint8Array(bytes) }));
  const measure = async (run: string, openParser: () => ImportParser) => {
    const probe = stallProbe();
    const start = now();
    const report = await service(openParser).importItems(items(run)).done;
    const ms = now() - start;
    const stalls = probe.stop();
    if (report.imported !== PAGES) throw new Error(`${run}: only ${report.imported} of ${PAGES} pages imported: ${JSON.stringify(report.entries.find((e) => e.status !== 'imported'))}`);
    return { ms: round(ms, 1), pagesPerSecond: round(PAGES / (ms / 1000), 1), longestStallMs: stalls.max, stallsOver50: stalls.over50 };
  };
  const parsers = importParserFactory();
  const probe = parsers.open();
  await probe.close();
  if (!probe.inWorker) throw new Error('the parse worker bundle is not beside the benchmark (dist/bench/importWorker.cjs)');
  // Each side loads jsdom once (the worker also starts), as the app does on its first web page: not part of the comparison.
  await service(inProcessParser).importItems(items('warm-up').slice(0, 1)).done;
  await service(() => parsers.open()).importItems(items('warm-up-worker').slice(0, 1)).done;
  const inWorker = await measure('worker', () => parsers.open());
  const inProcess = await measure('main-thread', inProcessParser);
  await parsers.close();
  core.close();
  return { pages: PAGES, pageBytes: pages[0]!.length, inWorker, inProcess };
}

/** Copy every row the service wrote into a fresh library with plain prepared INSERTs in one transaction; returns the ms. */
function rawInsert(source: Db, target: string): number {
  const columns = (table: string) => (source.prepare(`SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0`).pluck().all(table) as string[]).filter((c) => c !== 'seq');
  const tables = ['stories', 'story_events', 'revisions'].map((table) => {
    const cols = columns(table).filter((c) => c !== 'id' || table === 'stories');
    return { table, cols, rows: source.prepare(`SELECT ${cols.join(', ')} FROM ${table} ORDER BY rowid`).raw().all() as unknown[][] };
  });
  const library = openLibrary(target, { app: 'bench raw' });
  const inserts = tables.map(({ table, cols, rows }) => ({ rows, statement: library.db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`) }));
  const start = now();
  library.db.transaction(() => {
    const [stories, events, revisions] = inserts;
    // Interleaved as the import writes them: a story, its event, its revision.
    for (let i = 0; i < stories!.rows.length; i++) {
      stories!.statement.run(stories!.rows[i]);
      events!.statement.run(events!.rows[i]);
      revisions!.statement.run(revisions!.rows[i]);
    }
  })();
  const ms = now() - start;
  library.close();
  return ms;
}

const NAMES = ['Ana Reyes', 'Tomasz Wiśniewski', 'Ines Okafor', 'Mara Lindqvist', 'Joon-ho Park', 'Amal Haddad', 'Pieter de Vries', 'Lucía Romero', 'Sam Okoro', 'Hana Novak'];

function setMetadata(db: Db, corpus: CorpusStory[]): void {
  const update = db.prepare(`UPDATE stories SET section = ?, keywords_json = ?, authors_json = ?, status = ?, created_at = ?, updated_at = ?, embargo = ?, trashed_at = ? WHERE seq = ?`);
  const statusCycle = [0, 0, 0, 0, 1, 1, 2, 3, 4, 4, 4, 5] as const;
  db.transaction(() => {
    corpus.forEach((story, i) => {
      const hash = crypto.createHash('md5').update(story.fileName).digest();
      const authors = hash[0]! % 5 === 0 ? [NAMES[hash[1]! % NAMES.length]!, NAMES[hash[2]! % NAMES.length]!] : [NAMES[hash[1]! % NAMES.length]!];
      const status = STORY_STATUSES[statusCycle[hash[3]! % statusCycle.length]!];
      const updated = new Date(Date.parse(story.at) + (hash[4]! % 48) * 3_600_000).toISOString();
      const embargo = hash[5]! % 100 === 0 ? new Date(Date.now() + (1 + (hash[6]! % 30)) * 86_400_000).toISOString() : null;
      const trashed = hash[7]! % 200 === 0 ? updated : null;
      update.run(story.section, JSON.stringify(story.keywords), JSON.stringify([...new Set(authors)]), status, story.at, updated, embargo, trashed, i + 1);
    });
  })();
}

interface LargePagesRun {
  ms: number;
  pagesPerSecond: number;
  longestStallMs: number;
  stallsOver50: number;
}

function printTable(results: Record<string, unknown>): void {
  const r = results as {
    import: {
      serviceMs: number;
      rawMs: number;
      ratio: number;
      serviceStoriesPerSecond: number;
      rawStoriesPerSecond: number;
      longestEventLoopStallMs: number;
      longestGcPauseMs: number;
      longestGcKind: string;
      searchIndexMergeMs: number;
      stallsDuringImport: { max: number; p99: number; over50: number; samples: number };
      stallsIdle: { max: number; p99: number; over50: number; samples: number };
    };
    search: { service: { p50: number; p95: number }; raw: { p50: number; p95: number }; p95Ratio: number; queries: number };
    list: { all: { p50: number; p95: number }; cases: Record<string, { p50: number; p95: number; total: number }>; scrollWindow: { p50: number; p95: number } };
    open: { p50: number; p95: number };
    size: { bytesPerStory: number; bytes: number };
    openLibrary: OpeningFigures;
    largePages?: { pages: number; pageBytes: number; inWorker: LargePagesRun; inProcess: LargePagesRun };
  };
  const pages = r.largePages;
  const rows: Array<[string, string, string, string]> = [
    ['import (stories/s)', String(r.import.serviceStoriesPerSecond), String(r.import.rawStoriesPerSecond), `${r.import.ratio}x time (target ≤ 2x)`],
    ['longest event-loop stall during import', `${r.import.longestEventLoopStallMs} ms`, `idle: ${r.import.stallsIdle.max} ms`, `target ≤ 50 ms; GC ${r.import.longestGcPauseMs} ms (${r.import.longestGcKind})`],
    [
      'stalls over 50 ms / p99 timer lateness',
      `${r.import.stallsDuringImport.over50} of ${r.import.stallsDuringImport.samples} / ${r.import.stallsDuringImport.p99} ms`,
      `idle: ${r.import.stallsIdle.over50} of ${r.import.stallsIdle.samples} / ${r.import.stallsIdle.p99} ms`,
      'the same 10 ms probe with nothing running',
    ],
    ['search index merge after the import', `${r.import.searchIndexMergeMs} ms`, '', 'in the background, on its own thread'],
    [`search p50 (${r.search.queries} queries)`, `${r.search.service.p50} ms`, `${r.search.raw.p50} ms`, ''],
    ['search p95', `${r.search.service.p95} ms`, `${r.search.raw.p95} ms`, `${r.search.p95Ratio}x (target ≤ 10 ms, ≤ 1.25x)`],
    ...Object.entries(r.list.cases).map(([name, c]): [string, string, string, string] => [`list: ${name} p50/p95`, `${c.p50} / ${c.p95} ms`, '', `${c.total.toLocaleString('en')} stories`]),
    ['list: all cases p95', `${r.list.all.p95} ms`, '', 'target ≤ 20 ms'],
    ['list: a window deep in the list p50/p95', `${r.list.scrollWindow.p50} / ${r.list.scrollWindow.p95} ms`, '', ''],
    ['open story p50/p95', `${r.open.p50} / ${r.open.p95} ms`, '', 'target p95 ≤ 20 ms'],
    ['database size per story', `${(r.size.bytesPerStory / 1024).toFixed(1)} KB`, '', `${(r.size.bytes / 1024 / 1024).toFixed(0)} MB in all`],
    ...openingRows(r.openLibrary),
    ...(pages
      ? [
          [
            `longest stall importing ${pages.pages} web pages of ${(pages.pageBytes / 1024 / 1024).toFixed(1)} MB`,
            `${pages.inWorker.longestStallMs} ms`,
            `main thread: ${pages.inProcess.longestStallMs} ms`,
            `target ≤ 50 ms; parse worker vs parsing on the main thread (${pages.inWorker.pagesPerSecond} vs ${pages.inProcess.pagesPerSecond} pages/s)`,
          ] as [string, string, string, string],
        ]
      : []),
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c]!.length), ['measure', 'service', 'raw', 'note'][c]!.length));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  console.log(`\nCopydesk library benchmark: ${(results.stories as number).toLocaleString('en')} stories`);
  console.log(line(['measure', 'service', 'raw', 'note']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((row) => console.log(line(row)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
