/**
 * npm run bench:export — 1,000 stories to HTML, ninjs and Markdown, and to DOCX:
 * first the pure serializers, then the real export job (atomic writes to a temp
 * folder, history rows) through the core. Baseline: JSON.stringify of the same
 * stories in the same run. Targets: HTML+ninjs+Markdown ≤ 10 s, DOCX ≤ 30 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core/core';
import type { EventPayload, MethodResult } from '../../electron/api/contract';
import { storyDocx } from '../../story/formats/docx';
import { storyHtml } from '../../story/formats/html';
import { storyMarkdown } from '../../story/formats/markdown';
import { storyNinjsJson } from '../../story/formats/ninjs';
import { exportInput, type ExportInput, type ExportStory } from '../../story/formats/types';
import { RICH_BODY, SAMPLE_FACTS, SAMPLE_SOURCES, richStory } from '../helpers/exportSamples';
import { wireStory, wireStoryAvailable } from '../helpers/wireStoryFixture';

/** scripts/bench.mjs runs benchmarks from the project root. */
const ROOT = process.cwd();
const COUNT = Number(process.env.BENCH_STORIES ?? 1000);
const TARGET_TEXT_MS = 10_000;
const TARGET_DOCX_MS = 30_000;

/** 1,000 distinct stories: the wire story (read in place) and the rich sample, with their own ids, slugs and words. */
function makeStories(): ExportStory[] {
  const base = wireStoryAvailable() ? wireStory() : richStory();
  if (!wireStoryAvailable()) console.warn('The shared wire story is not present; benchmarking with the sample story instead.');
  return Array.from({ length: COUNT }, (_, n) => {
    const template = n % 5 === 4 ? richStory() : base;
    const body = JSON.parse(JSON.stringify(n % 5 === 4 ? RICH_BODY : template.body)) as ExportStory['body'];
    const first = body.content.find((node) => node.type === 'paragraph' && node.content?.[0]?.type === 'text');
    if (first?.content?.[0]) first.content[0].text = `Item ${n + 1}. ${first.content[0].text}`;
    const { commentPrompt: _prompt, ...fields } = template as ExportStory & { commentPrompt?: string };
    return { ...fields, body, id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, slug: `story-${n + 1}`, headline: `${template.headline} (${n + 1})` };
  });
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The longest time the main loop was late for a 10 ms timer, from now until stop(). */
function stallProbe(): { stop(): number } {
  let lag = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    lag = Math.max(lag, now - last - 10);
    last = now;
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      return lag;
    },
  };
}

interface Row {
  name: string;
  ms: number;
  storiesPerSecond: number;
  timesBaseline: number;
  target?: { ms: number; met: boolean };
}

async function main(): Promise<void> {
  const stories = makeStories();
  const inputs: ExportInput[] = stories.map((story, n) =>
    exportInput(story, { facts: n % 10 === 0 ? SAMPLE_FACTS : [], sources: n % 10 === 0 ? SAMPLE_SOURCES : [], options: { now: '2026-11-26T08:00:00Z', teaserTimeStyle: 'relative' } }),
  );
  // Warm up every path once (JIT), then measure.
  storyHtml(inputs[0]!);
  storyNinjsJson(inputs[0]!);
  storyMarkdown(inputs[0]!);
  await storyDocx(inputs[0]!);

  const rows: Row[] = [];
  let idleStallMs = 0;
  let bytes = 0;
  const baselineMs = time(() => stories.forEach((story) => (bytes += JSON.stringify(story).length)));
  const add = (name: string, ms: number, targetMs?: number) =>
    rows.push({ name, ms, storiesPerSecond: (COUNT / ms) * 1000, timesBaseline: ms / baselineMs, ...(targetMs ? { target: { ms: targetMs, met: ms <= targetMs } } : {}) });
  add('baseline: JSON.stringify', baselineMs);
  add('HTML (page + JSON-LD)', time(() => inputs.forEach((input) => storyHtml(input))));
  add('ninjs', time(() => inputs.forEach((input) => storyNinjsJson(input))));
  add('Markdown', time(() => inputs.forEach((input) => storyMarkdown(input))));
  add(
    'serializers: HTML + ninjs + Markdown',
    time(() =>
      inputs.forEach((input) => {
        storyHtml(input);
        storyNinjsJson(input);
        storyMarkdown(input);
      }),
    ),
    TARGET_TEXT_MS,
  );
  add('serializer: DOCX', await timeAsync(async () => {
    for (const input of inputs) await storyDocx(input);
  }), TARGET_DOCX_MS);

  // The real thing: an export job through the core, every file written atomically (fsync) into a folder.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
  try {
    const core = openCore({ libraryPath: path.join(dir, 'library.sqlite'), mode: 'browser', app: 'bench', log: () => {}, exportFolders: 'anywhere' });
    try {
      for (const story of stories) {
        const { id: _id, createdAt: _c, updatedAt: _u, version: _v, status: _s, ...fields } = story;
        const created = await core.dispatch('createStory', fields);
        if (!created.ok) throw new Error(created.error.message);
      }
      const runJob = async (formats: Array<'html' | 'ninjs' | 'md' | 'docx'>, folder: string) => {
        fs.mkdirSync(folder);
        const probe = stallProbe();
        const started = await core.dispatch('startExport', { scope: { all: true }, formats, destination: { kind: 'folder', path: folder } });
        if (!started.ok) throw new Error(started.error.message);
        const { jobId } = started.value as MethodResult<'startExport'>;
        const ms = await timeAsync(async () => {
          const result = await core.dispatch('getExportResult', { jobId });
          if (!result.ok || (result.value as MethodResult<'getExportResult'>).failed.length > 0) throw new Error(JSON.stringify(result));
        });
        return { ms, lag: probe.stop(), files: fs.readdirSync(folder).length };
      };
      // The same stall probe with nothing running: on a shared machine the OS alone delays timers.
      const idle = stallProbe();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const idleLag = idle.stop();
      const seen: Array<EventPayload<'jobProgress'>> = [];
      core.events.subscribe((name, payload) => name === 'jobProgress' && seen.push(payload as EventPayload<'jobProgress'>));
      const text = await runJob(['html', 'ninjs', 'md'], path.join(dir, 'text'));
      add(`export job: HTML + ninjs + Markdown (${text.files} files written)`, text.ms, TARGET_TEXT_MS);
      const docx = await runJob(['docx'], path.join(dir, 'docx'));
      add(`export job: DOCX (${docx.files} files written)`, docx.ms, TARGET_DOCX_MS);
      console.log(`\nLongest main-loop stall: ${Math.round(text.lag)} ms (text job), ${Math.round(docx.lag)} ms (DOCX job), ${Math.round(idleLag)} ms with nothing running (the machine's own noise); ${seen.length} progress events`);
      idleStallMs = Math.round(idleLag);
      (rows as Array<Row & { longestStallMs?: number }>).at(-2)!.longestStallMs = Math.round(text.lag);
      (rows as Array<Row & { longestStallMs?: number }>).at(-1)!.longestStallMs = Math.round(docx.lag);
    } finally {
      core.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  console.log(`\nExport of ${COUNT} stories (${(bytes / COUNT / 1024).toFixed(1)} KB of JSON each)\n`);
  console.log(`${'what'.padEnd(58)} ${'ms'.padStart(9)} ${'stories/s'.padStart(10)} ${'× JSON'.padStart(8)}  target`);
  for (const row of rows) {
    const target = row.target ? `${row.target.met ? 'met' : 'MISSED'} (≤ ${row.target.ms / 1000} s)` : '';
    console.log(`${row.name.padEnd(58)} ${row.ms.toFixed(0).padStart(9)} ${row.storiesPerSecond.toFixed(0).padStart(10)} ${row.timesBaseline.toFixed(1).padStart(8)}  ${target}`);
  }
  const out = path.join(ROOT, 'bench', 'results', 'export.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify({ benchmark: 'export', stories: COUNT, node: process.version, cpus: os.cpus().length, at: new Date().toISOString(), baseline: 'JSON.stringify of the same stories', idleStallMs, rows }, null, 2)}\n`,
  );
  console.log(`\nWrote ${path.relative(ROOT, out)}`);
  if (rows.some((row) => row.target && !row.target.met)) process.exitCode = 1;
}

void main();
