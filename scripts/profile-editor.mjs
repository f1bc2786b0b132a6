// Where a keystroke's time goes in the drafting editor: types into the benchmark's 20,000-word story
// (ours, or the bare StarterKit page with PROFILE_TARGET=bare) under Chromium's tracing and CPU
// profiler, and prints the main thread's time per keystroke by trace event (script, style, layout,
// paint…) and the CPU profile's self and total time by function and by source package.
// Usage: node scripts/profile-editor.mjs [keystrokes]   (PROFILE_TARGET=bare for the baseline;
// PROFILE_PANES='{"preview":false}' to type with side panes closed; PROFILE_VSYNC=1 for a 60 Hz frame
// clock; PROFILE_OUT=prefix keeps the
// trace and the .cpuprofile for Chromium's Performance panel, and the latencies in keystroke order)
//        node scripts/profile-editor.mjs --cpu [keystrokes]   (no tracing: the CPU every thread of
// the browser and the server used per keystroke, ours then bare)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { buildNode, buildRenderer } from './build.mjs';
import { bareStory, longStory } from '../bench/editor/storyFixture.mjs';
import { BARE_SELECTOR, BENCH_CHROMIUM_ARGS, OURS_SELECTOR, bareEditorScript, createStory, measure, openBare, openOurs, settleOurs, startServer, stopServer } from '../bench/editor/harness.mjs';
import { seededRandom } from '../bench/seededRandom.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const CPU_ONLY = process.argv.includes('--cpu');
const KEYSTROKES = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 100);
const TARGET = process.env.PROFILE_TARGET ?? 'ours';
const OUT = process.env.PROFILE_OUT;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'toplevel',
  // PROFILE_INVALIDATIONS=1: what changed style, layout and paint, with the script that did it (for PROFILE_OUT's trace).
  ...(process.env.PROFILE_INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
];

/**
 * CPU ms used so far by every thread of this script's child processes (Chromium's, and the server's),
 * keyed "process type: thread name" (Linux /proc; empty elsewhere). Clock ticks are 10 ms.
 */
function cpuByThread(serverPid) {
  const parents = new Map();
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      parents.set(Number(entry), Number(fs.readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const ancestry = (pid) => {
    const chain = [];
    for (let at = parents.get(pid); at; at = parents.get(at)) chain.push(at);
    return chain;
  };
  const cpu = new Map();
  for (const pid of parents.keys()) {
    const chain = ancestry(pid);
    if (!chain.includes(process.pid)) continue;
    try {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const type = pid === serverPid || chain.includes(serverPid) ? 'server' : (/--type=([\w-]+)/.exec(command)?.[1] ?? 'browser');
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const thread = /\((.*)\)/.exec(stat)[1].replace(/\d+$/, '');
        const fields = stat.replace(/^.*\) /, '').split(' ');
        const key = `${type}: ${thread}`;
        cpu.set(key, (cpu.get(key) ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10);
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return cpu;
}

/** The CPU used between two snapshots, by thread, largest first. */
function cpuSpent(before, after) {
  return [...after].map(([key, ms]) => [key, ms - (before.get(key) ?? 0)]).filter(([, ms]) => ms > 0).toSorted((a, b) => b[1] - a[1]);
}

function printCpu(spent, keystrokes) {
  const total = spent.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`CPU per keystroke, all processes: ${(total / keystrokes).toFixed(1)} ms`);
  for (const [key, ms] of spent.slice(0, 12)) console.log(`${(ms / keystrokes).toFixed(2).padStart(8)}  ${key}`);
}

/** Main-thread trace events per keystroke: the top-level tasks' total, and every event name's inclusive CPU time. */
function traceTable(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EventDispatch' && x.args?.data?.type === 'keydown'));
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const byName = new Map();
  for (const event of mine) byName.set(event.name, (byName.get(event.name) ?? 0) + (event.tdur ?? event.dur) / 1000);
  const keydowns = mine.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').length;
  return { keydowns, byName: [...byName.entries()].toSorted((a, b) => b[1] - a[1]) };
}

/**
 * The main thread's top-level tasks grouped by what started them (an input event, a timer, an
 * animation frame, a message) and the first script they ran, source-mapped: count, total and
 * longest, and how many took over 8 ms (a keystroke arriving during one of those waits for it).
 */
function taskTable(events, maps) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EventDispatch' && x.args?.data?.type === 'keydown'));
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).toSorted((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  for (const event of mine) {
    const current = tasks.at(-1);
    if (event.name === 'RunTask' && (!current || event.ts >= current.ts + current.dur)) tasks.push({ ts: event.ts, dur: event.dur, cpu: event.tdur ?? event.dur, children: [] });
    else if (current && event.ts < current.ts + current.dur) current.children.push(event);
  }
  const script = (call) => {
    const data = call?.args?.data;
    if (!data) return '';
    const map = maps.get(data.url);
    const original = map && originalPositionFor(map, { line: data.lineNumber, column: Math.max(0, data.columnNumber - 1) });
    return original?.source ? ` ${original.name ?? data.functionName ?? ''} ${original.source.replace(/^(\.\.\/)+/, '')}:${original.line}` : ` ${data.functionName || '(anonymous)'} ${(data.url || '').replace(/^.*\//, '')}`;
  };
  const groups = new Map();
  for (const task of tasks) {
    const first = task.children.find((e) => ['EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'FunctionCall', 'Paint', 'Layout', 'UpdateLayoutTree'].includes(e.name));
    const call = task.children.find((e) => e.name === 'FunctionCall');
    const label = !first ? 'other' : first.name === 'EventDispatch' ? `input event (${first.args.data.type}…)` : first.name === 'Paint' || first.name === 'Layout' || first.name === 'UpdateLayoutTree' ? 'frame: style, layout, paint' : `${first.name}${script(call)}`;
    const group = groups.get(label) ?? { count: 0, total: 0, cpu: 0, max: 0, maxCpu: 0, long: 0 };
    group.count += 1;
    group.total += task.dur / 1000;
    group.cpu += task.cpu / 1000;
    group.max = Math.max(group.max, task.dur / 1000);
    group.maxCpu = Math.max(group.maxCpu, task.cpu / 1000);
    if (task.dur > 8000) group.long += 1;
    groups.set(label, group);
  }
  return [...groups.entries()].toSorted((a, b) => b[1].cpu - a[1].cpu);
}

/**
 * Frames the main thread made (tasks with a PrePaint), per keystroke, by what ran since the last
 * frame: a keystroke, a scroll, or the timers and callbacks before it (source-mapped). A frame
 * nothing on screen needed still costs the lifecycle and the compositor's work.
 */
function frameTable(events, maps) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EventDispatch' && x.args?.data?.type === 'keydown'));
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).toSorted((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  for (const event of mine) {
    const current = tasks.at(-1);
    if (event.name === 'RunTask' && (!current || event.ts >= current.ts + current.dur)) tasks.push({ ts: event.ts, dur: event.dur, children: [] });
    else if (current && event.ts < current.ts + current.dur) current.children.push(event);
  }
  const origin = (task) => {
    const first = task.children.find((e) => ['EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'FunctionCall'].includes(e.name));
    if (!first) return undefined;
    if (first.name === 'EventDispatch') return `${first.args.data.type}`;
    const data = task.children.find((e) => e.name === 'FunctionCall')?.args?.data;
    const map = data && maps.get(data.url);
    const original = map && originalPositionFor(map, { line: data.lineNumber, column: Math.max(0, data.columnNumber - 1) });
    return `${first.name}${original?.source ? ` ${original.source.replace(/^(\.\.\/)+/, '')}:${original.line}` : data?.url ? ` ${data.url.replace(/^.*\//, '')}` : data ? ' (benchmark)' : ''}`;
  };
  const causes = new Map();
  let since = [];
  for (const task of tasks) {
    const frame = task.children.some((e) => e.name === 'PrePaint');
    const from = origin(task);
    if (from && !(frame && from.startsWith('FireAnimationFrame'))) since.push(from);
    if (!frame) continue;
    const cause = since.some((s) => s === 'keydown' || s === 'keypress') ? 'keystroke' : since.includes('scroll') ? 'scroll' : [...new Set(since)].join(' + ') || '(nothing ran before it)';
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
    since = [];
  }
  return [...causes.entries()].toSorted((a, b) => b[1] - a[1]);
}

/** The renderer bundle's source maps, fetched from the server, to name minified functions by their source. */
async function sourceMaps(profile) {
  const maps = new Map();
  for (const url of new Set(profile.nodes.map((node) => node.callFrame.url).filter((url) => url.endsWith('.js') && url.startsWith('http')))) {
    const response = await fetch(`${url}.map`).catch(() => undefined);
    if (response?.ok) maps.set(url, new TraceMap(await response.text()));
  }
  return maps;
}

/** "function source/file.ts:line", the original name and place where a source map knows them. */
function frameName(frame, maps) {
  const map = maps.get(frame.url);
  const original = map && originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  if (original?.source) {
    const source = original.source.replace(/^(\.\.\/)+/, '');
    return { fn: `${original.name ?? frame.functionName ?? '(anonymous)'} ${source}:${original.line}`, file: source };
  }
  return undefined;
}

/** Where a frame's code lives: a package, one of our files, or the script's name. */
function where(frame) {
  const url = frame.url || '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url) ?? /\/(renderer|story)\/(.*)$/.exec(url);
  return m ? (m[1] === 'renderer' || m[1] === 'story' ? `${m[1]}/${m[2]}` : m[1]) : url.replace(/^.*\//, '') || '(native)';
}

const top = (map, n) => [...map.entries()].toSorted((a, b) => b[1] - a[1]).slice(0, n);

/** Self and total time of the CPU profile by function and by source file/package. */
function profileTable(profile, maps) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const label = (frame) => {
    const mapped = frameName(frame, maps);
    const file = mapped ? (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(mapped.file)?.[1] ?? mapped.file) : where(frame);
    return { fn: mapped ? mapped.fn : `${frame.functionName || '(anonymous)'} ${where(frame)}:${frame.lineNumber + 1}`, file };
  };
  const fnSelf = new Map();
  const fnTotal = new Map();
  const fileSelf = new Map();
  for (const [id, ms] of self) {
    const node = nodes.get(id);
    const { fn, file } = label(node.callFrame);
    fnSelf.set(fn, (fnSelf.get(fn) ?? 0) + ms);
    fileSelf.set(file, (fileSelf.get(file) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = nodes.get(at);
      const key = label(n.callFrame).fn;
      if (seen.has(key)) continue;
      seen.add(key);
      fnTotal.set(key, (fnTotal.get(key) ?? 0) + ms);
    }
  }
  return { fnSelf: top(fnSelf, 40), fnTotal: top(fnTotal, 60), fileSelf: top(fileSelf, 30) };
}

/**
 * `--cpu`: no tracing; types into our editor, then into the bare one (each alone in the browser, the
 * other closed), PROFILE_ROUNDS times (2), and prints the CPU each thread of every process used per
 * keystroke.
 */
async function cpuOnly(browser, server, doc) {
  const rounds = Number(process.env.PROFILE_ROUNDS ?? 2);
  const results = { ours: { latencies: [], spent: new Map() }, bare: { latencies: [], spent: new Map() } };
  for (let round = 0; round < rounds; round += 1) {
    for (const target of ['ours', 'bare']) {
      const { page } = target === 'bare' ? await openBare(browser, await bareEditorScript(), bareStory(doc)) : await openOurs(browser, server.url, process.env.PROFILE_PANES);
      const selector = target === 'bare' ? BARE_SELECTOR : OURS_SELECTOR;
      const spots = seededRandom(11 + round);
      await measure(page, selector, spots, 10);
      if (target === 'ours') await settleOurs(page);
      const before = cpuByThread(server.child.pid);
      results[target].latencies.push(...(await measure(page, selector, spots, KEYSTROKES)));
      for (const [key, ms] of cpuSpent(before, cpuByThread(server.child.pid))) results[target].spent.set(key, (results[target].spent.get(key) ?? 0) + ms);
      await page.context().close();
    }
  }
  for (const [target, { latencies, spent }] of Object.entries(results)) {
    const sorted = latencies.toSorted((a, b) => a - b);
    console.log(`\n${target}: ${sorted.length} keystrokes in ${rounds} rounds; latency p50 ${sorted[Math.ceil(sorted.length / 2) - 1].toFixed(1)} ms, p95 ${sorted[Math.ceil(sorted.length * 0.95) - 1].toFixed(1)} ms`);
    printCpu([...spent].toSorted((a, b) => b[1] - a[1]), sorted.length);
  }
}

async function main() {
  await buildNode();
  await buildRenderer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-profile-'));
  const server = await startServer(dir);
  // As the benchmark's two modes: the frame rate unlocked (the default here), or PROFILE_VSYNC=1 for 60 Hz.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...BENCH_CHROMIUM_ARGS, ...(process.env.PROFILE_VSYNC ? [] : ['--disable-frame-rate-limit', '--disable-gpu-vsync'])] });
  try {
    const doc = longStory(20_000);
    await createStory(server.url, doc);
    if (CPU_ONLY) return await cpuOnly(browser, server, doc);
    const { page } = TARGET === 'bare' ? await openBare(browser, await bareEditorScript(), bareStory(doc)) : await openOurs(browser, server.url, process.env.PROFILE_PANES);
    const selector = TARGET === 'bare' ? BARE_SELECTOR : OURS_SELECTOR;
    const spots = seededRandom(11);
    await measure(page, selector, spots, 10);
    const cdp = await page.context().newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    const cpuBefore = cpuByThread(server.child.pid);
    const latencies = await measure(page, selector, spots, KEYSTROKES);
    const cpuAfter = cpuByThread(server.child.pid);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await done;
    if (OUT) {
      fs.writeFileSync(`${OUT}.cpuprofile`, JSON.stringify(profile));
      fs.writeFileSync(`${OUT}.trace.json`, JSON.stringify({ traceEvents: events }));
      fs.writeFileSync(`${OUT}.latencies.json`, JSON.stringify(latencies));
    }
    const sorted = latencies.toSorted((a, b) => a - b);
    const pct = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1);
    console.log(`${TARGET}: ${KEYSTROKES} keystrokes; latency p50 ${pct(50)} ms, p95 ${pct(95)} ms (under the profiler)`);
    // Every thread of the browser and the server shares the machine's cores with typing (tracing adds to the browser's own).
    printCpu(cpuSpent(cpuBefore, cpuAfter), KEYSTROKES);
    const trace = traceTable(events);
    const per = (ms) => (ms / KEYSTROKES).toFixed(2).padStart(8);
    console.log(`\nMain thread, trace events (inclusive CPU ms per keystroke; ${trace.keydowns} keydowns seen)`);
    for (const [name, ms] of trace.byName.slice(0, 30)) console.log(`${per(ms)}  ${name}`);
    const maps = await sourceMaps(profile);
    // Wall time suffers from other processes on a loaded machine; the thread's CPU time does not.
    console.log('\nMain thread, top-level tasks by what started them: CPU and wall ms per keystroke, count, longest (CPU / wall ms), count over 8 ms wall');
    for (const [label, group] of taskTable(events, maps).slice(0, 25)) {
      console.log(`${per(group.cpu)} ${per(group.total)} ${String(group.count).padStart(6)} ${group.maxCpu.toFixed(1).padStart(7)} /${group.max.toFixed(1).padStart(6)} ${String(group.long).padStart(5)}  ${label}`);
    }
    const frames = frameTable(events, maps);
    console.log(`\nFrames: ${(frames.reduce((sum, [, n]) => sum + n, 0) / KEYSTROKES).toFixed(2)} per keystroke, by what ran since the frame before`);
    for (const [cause, count] of frames.slice(0, 12)) console.log(`${String(count).padStart(8)}  ${cause}`);
    const cpu = profileTable(profile, maps);
    console.log('\nCPU profile: self time by source (ms per keystroke)');
    for (const [name, ms] of cpu.fileSelf) console.log(`${per(ms)}  ${name}`);
    console.log('\nCPU profile: self time by function (ms per keystroke)');
    for (const [name, ms] of cpu.fnSelf) console.log(`${per(ms)}  ${name}`);
    console.log('\nCPU profile: total time by function (ms per keystroke)');
    for (const [name, ms] of cpu.fnTotal) console.log(`${per(ms)}  ${name}`);
  } finally {
    await browser.close();
    await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
