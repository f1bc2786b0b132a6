// `npm run bench:editor`: keystroke-to-next-paint latency and open-to-editable time of the
// drafting editor on a 20,000-word story, against a bare Tiptap StarterKit editor holding the
// same text, in the same run (Playwright driving Debian's Chromium). Prints a table and writes
// bench/results/editor.json. Targets: p95 <= 16 ms and <= 1.25x the bare editor.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildNode, buildRenderer } from './build.mjs';
import { bareStory, longStory } from '../bench/editor/storyFixture.mjs';
import { BARE_SELECTOR, BENCH_CHROMIUM_ARGS, OURS_SELECTOR, PAUSE_MS, PER_SPOT, bareEditorScript, createStory, measure, openBare, openOurs, ourColumn, settleOurs, startServer, stopServer } from '../bench/editor/harness.mjs';
import { seededRandom } from '../bench/seededRandom.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 500);
const ROUNDS = 5;
const TARGET_P95_MS = 16;
const TARGET_RATIO = 1.25;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (n) => Math.round(n * 100) / 100;
const p50p95 = (values) => ({ p50: round(percentile(values, 50)), p95: round(percentile(values, 95)) });

const REFRESH_MS = 1000 / 60;

/**
 * The first keystroke at a new place waits for the jump's new screenful to be painted; the others
 * are typing. For those, where the time went (see ARM in bench/editor/harness.mjs).
 */
function breakdown(phases) {
  const typing = phases.filter((p) => !p.firstAtPlace);
  const of = (key) => p50p95(typing.map((p) => p[key]));
  return {
    // With vsync, a keystroke waits for the next refresh (up to 16.7 ms) whatever the editor: what the editor decides is whether it is painted on that refresh or a later one.
    onFirstRefreshPercent: round((100 * phases.filter((p) => p.frameBegan < REFRESH_MS).length) / phases.length),
    firstAtPlace: p50p95(phases.filter((p) => p.firstAtPlace).map((p) => p.total)),
    typing: p50p95(typing.map((p) => p.total)),
    typingPhases: { queue: of('queue'), keydownToInput: of('keydownToInput'), inputToFrame: of('inputToFrame'), frame: of('frame') },
  };
}

function summary(latencies, phases, openMs) {
  const mean = latencies.reduce((a, b) => a + b, 0) / latencies.length;
  return { keystrokes: latencies.length, ...p50p95(latencies), mean: round(mean), max: round(Math.max(...latencies)), openToEditableMs: round(openMs), ...breakdown(phases) };
}

/** Chromium's frame clock: locked to 60 Hz vsync (a keystroke also waits for the next frame, up to 16.7 ms), or unlocked (frames are made as soon as there is work: the editor's own cost). */
const MODES = [
  { name: 'unlocked', label: 'frame rate unlocked (the work of a keystroke)', args: ['--disable-frame-rate-limit', '--disable-gpu-vsync'] },
  { name: 'vsync60', label: 'vsync at 60 Hz (the work plus the wait for the next frame)', args: [] },
];

/**
 * The editors timed in each mode, rounds alternating so that load on the machine falls on all alike:
 * ours (the whole app); the bare StarterKit page the targets compare with; and, for information, the
 * bare page with what our story has on top of the text, the fact mark's spans, laid out in our
 * column's width and font (what the content and layout cost by themselves, apart from our code).
 */
async function runMode(mode, url, bareScript, doc) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...BENCH_CHROMIUM_ARGS, ...mode.args] });
  try {
    const ours = await openOurs(browser, url);
    const column = await ourColumn(ours.page);
    const editors = [
      { key: 'ours', ...ours, selector: OURS_SELECTOR, settle: settleOurs },
      { key: 'bare', ...(await openBare(browser, bareScript, bareStory(doc))), selector: BARE_SELECTOR },
      { key: 'bareWithFacts', ...(await openBare(browser, bareScript, bareStory(doc, { keepFacts: true }), { column, factMark: true })), selector: BARE_SELECTOR },
    ].map((editor) => ({ ...editor, spots: seededRandom(11), latencies: [], phases: [] }));
    for (const editor of editors) {
      // Warm up; our app's work after typing (the last save, the facts pane's reading of the draft) must not fall into another editor's round.
      await editor.page.bringToFront();
      await measure(editor.page, editor.selector, editor.spots, 10);
      await editor.settle?.(editor.page);
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const editor of round % 2 ? [...editors].reverse() : editors) {
        await editor.page.bringToFront();
        editor.latencies.push(...(await measure(editor.page, editor.selector, editor.spots, KEYSTROKES / ROUNDS, editor.phases)));
        await editor.settle?.(editor.page);
      }
      console.error(`${mode.name}: round ${round + 1}/${ROUNDS} done`);
    }
    const [oursResult, bare, bareWithFacts] = editors.map((editor) => summary(editor.latencies, editor.phases, editor.open));
    const result = { label: mode.label, ours: oursResult, bare, bareWithFacts: { column, ...bareWithFacts } };
    result.ratioP95 = Math.round((result.ours.p95 / result.bare.p95) * 100) / 100;
    result.ratioP95ToBareWithFacts = Math.round((result.ours.p95 / bareWithFacts.p95) * 100) / 100;
    result.meetsTargets = { p95: result.ours.p95 <= TARGET_P95_MS, ratio: result.ratioP95 <= TARGET_RATIO };
    return result;
  } finally {
    await browser.close();
  }
}

async function main() {
  await buildNode();
  await buildRenderer();
  const bareScript = await bareEditorScript();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
  const server = await startServer(dir);
  try {
    const loadBefore = os.loadavg().map((n) => round(n));
    const doc = longStory(20_000);
    const story = await createStory(server.url, doc);
    const modes = {};
    const only = process.env.BENCH_MODES?.split(',');
    const chosen = MODES.filter((mode) => !only || only.includes(mode.name));
    for (const mode of chosen) modes[mode.name] = await runMode(mode, server.url, bareScript, doc);

    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
      story: { words: story.wordCount, blocks: doc.content.length },
      method: `${KEYSTROKES} keystrokes per editor at ${KEYSTROKES / PER_SPOT} random places (${PER_SPOT} each), ${PAUSE_MS} ms apart, rounds alternating between the editors (after each of its rounds our app finishes the work typing left: the panes' catching up once typing pauses, the save answered, the facts pane's reading done); latency = keydown event time to the task after the next animation frame. Our editor is the whole app (autosave to the server, journal, live draft, counts, fact mark); the baseline a bare StarterKit page with the same text; bareWithFacts (information, not a target) the bare page with the story's fact mark and its spans, laid out in our editor's column width and font. firstAtPlace: the first keystroke at each place (it waits for the jump's new screenful to be painted); typing: the other keystrokes, and the p50 / p95 of their phases (waiting for the keydown to run; keydown to the input event; input to the next animation frame; that frame). onFirstRefreshPercent: the keystrokes whose frame began less than a refresh interval (16.7 ms) after the keydown, i.e. painted on the first refresh after it (meaningful with vsync; unlocked, frames start at once). Both pages are served from secure origins (ours 127.0.0.1, the bare page bare.localhost); Chromium runs with ${BENCH_CHROMIUM_ARGS.join(' ')} for all editors (see bench/editor/harness.mjs).`,
      loadAverage: { before: loadBefore, after: os.loadavg().map((n) => round(n)) },
      targets: { p95Ms: TARGET_P95_MS, ratioP95: TARGET_RATIO },
      modes,
    };
    fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench', 'results', 'editor.json'), `${JSON.stringify(result, null, 2)}\n`);
    const row = (name, r) => `${name.padEnd(22)} ${String(r.p50).padStart(8)} ${String(r.p95).padStart(8)} ${String(r.mean).padStart(8)} ${String(r.max).padStart(8)} ${String(r.openToEditableMs).padStart(14)}`;
    console.log(`\nEditor benchmark: ${result.story.words.toLocaleString()}-word story, ${KEYSTROKES} keystrokes per editor (ms); load average ${loadBefore[0]} before, ${result.loadAverage.after[0]} after`);
    for (const mode of chosen) {
      const r = modes[mode.name];
      console.log(`\n${r.label}`);
      console.log(`${'editor'.padEnd(22)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'mean'.padStart(8)} ${'max'.padStart(8)} ${'open→editable'.padStart(14)}`);
      console.log(row('Copydesk (all ext.)', r.ours));
      console.log(row('bare StarterKit', r.bare));
      console.log(row('bare + fact spans*', r.bareWithFacts));
      const split = (e) => `first at a place ${e.firstAtPlace.p50} / ${e.firstAtPlace.p95}; typing ${e.typing.p50} / ${e.typing.p95} (waiting ${e.typingPhases.queue.p50}, keydown→input ${e.typingPhases.keydownToInput.p50}, input→frame ${e.typingPhases.inputToFrame.p50}, frame ${e.typingPhases.frame.p50})`;
      console.log(`p50 / p95 by keystroke, Copydesk: ${split(r.ours)}`);
      console.log(`                        bare:     ${split(r.bare)}`);
      console.log(`                        bare + fact spans*: ${split(r.bareWithFacts)}`);
      if (mode.name === 'vsync60') console.log(`painted on the first refresh after the keystroke: Copydesk ${r.ours.onFirstRefreshPercent}%, bare ${r.bare.onFirstRefreshPercent}%, bare + fact spans* ${r.bareWithFacts.onFirstRefreshPercent}%`);
      console.log(`p95 ${r.ours.p95} ms (target <= ${TARGET_P95_MS}: ${r.meetsTargets.p95 ? 'met' : 'not met'}); ${r.ratioP95}x the bare editor (target <= ${TARGET_RATIO}x: ${r.meetsTargets.ratio ? 'met' : 'not met'}); ${r.ratioP95ToBareWithFacts}x the bare editor with the fact spans*`);
      console.log(`* information, not a target: StarterKit plus the story's fact mark, in our column (${r.bareWithFacts.column.width} px, ${r.bareWithFacts.column.font})`);
    }
    console.log('\nWritten to bench/results/editor.json');
  } finally {
    await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
