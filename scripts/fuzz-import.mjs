// `npm run fuzz [-- --seconds 60] [--target text|markdown|html|docx] [--seed N]`: random and
// mutated inputs (seeded from real files) through each importer for N seconds per target.
// A run that throws anything but ImportError, or takes over 5 s (or hangs: the child is
// killed), is saved under tests/fuzz/regressions/, which the unit tests replay.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleTs } from './bundleTs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const seconds = Number(option('seconds', process.env.FUZZ_SECONDS ?? 60));
const targets = option('target', 'text,markdown,html,docx').split(',');
const seed = Number(option('seed', Math.floor(Math.random() * 2 ** 31)));
const HANG_MS = 10_000;
const regressions = path.join(root, 'tests', 'fuzz', 'regressions');
fs.mkdirSync(regressions, { recursive: true });

const worker = await bundleTs('tests/fuzz/fuzzEntry.ts', 'fuzz-worker.cjs');
console.log(`Fuzzing ${targets.join(', ')} for ${seconds} s each, seed ${seed} (replay with --seed ${seed})`);

function runTarget(format, budgetSeconds, targetSeed) {
  return new Promise((resolve) => {
    const child = fork(worker, [], { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let stats = { runs: 0, imported: 0, refused: 0, crashes: 0, slow: 0, maxMs: 0 };
    let current;
    let watchdog;
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        if (current?.recipe) {
          // Saved as a recipe (seed files + PRNG seed), like the worker's cases.
          const name = `${format}-hang-${current.recipe.prngSeed}.json`;
          fs.writeFileSync(path.join(regressions, name), `${JSON.stringify({ ...current.recipe, why: `hang (${current.how}): no answer within ${HANG_MS} ms` }, null, 2)}\n`);
        }
        child.kill('SIGKILL');
        resolve({ ...stats, slow: stats.slow + 1, hung: true });
      }, HANG_MS);
    };
    child.on('message', (message) => {
      if (message.type === 'start') current = message;
      if (message.type === 'done') stats = message.stats;
      arm();
    });
    child.on('exit', () => {
      clearTimeout(watchdog);
      resolve(stats);
    });
    arm();
    child.send({ format, seconds: budgetSeconds, seed: targetSeed });
  });
}

const results = {};
for (const [index, format] of targets.entries()) {
  const started = Date.now();
  let total = { runs: 0, imported: 0, refused: 0, crashes: 0, slow: 0, maxMs: 0 };
  // A hang kills the child; the target goes on with a new seed for the time left.
  for (let attempt = 0; Date.now() - started < seconds * 1000 - 500; attempt += 1) {
    const left = Math.max(1, Math.round(seconds - (Date.now() - started) / 1000));
    const stats = await runTarget(format, left, seed + index * 1000 + attempt);
    total = { runs: total.runs + stats.runs, imported: total.imported + stats.imported, refused: total.refused + stats.refused, crashes: total.crashes + stats.crashes, slow: total.slow + stats.slow, maxMs: Math.max(total.maxMs, stats.maxMs) };
    if (!stats.hung) break;
  }
  results[format] = { ...total, seconds: Math.round((Date.now() - started) / 1000), runsPerSecond: Math.round(total.runs / Math.max(1, (Date.now() - started) / 1000)) };
  console.log(`${format.padEnd(9)} ${String(total.runs).padStart(7)} inputs  ${String(total.imported).padStart(6)} imported  ${String(total.refused).padStart(6)} refused (ImportError)  ${total.crashes} crashes  ${total.slow} over 5 s  slowest ${total.maxMs.toFixed(0)} ms`);
}
fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench', 'results', 'fuzz.json'), `${JSON.stringify({ seed, secondsPerTarget: seconds, date: new Date().toISOString(), results }, null, 2)}\n`);
const bad = Object.values(results).reduce((sum, r) => sum + r.crashes + r.slow, 0);
console.log(bad === 0 ? 'No crash and no input over 5 s.' : `${bad} problem input(s) saved under tests/fuzz/regressions/: the unit tests now replay them.`);
process.exit(bad === 0 ? 0 : 1);
