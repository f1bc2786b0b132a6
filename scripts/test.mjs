// `npm test`: build, type-check (electron/ against Electron's real types), lint, unit tests
// (Vitest) and end-to-end tests (Playwright in Debian's Chromium), then one summary line:
// "N passed, N failed, N skipped". Each type-check and the lint count as one check.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const reports = path.join(root, 'test-results', 'reports');
fs.mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const skips = [];

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`   (${label}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// 1. Build what is stale: the e2e tests run the real bundles.
check('build', process.execPath, [path.join(root, 'scripts', 'build.mjs')]);

// 2. Types: Node side (with Electron's types), renderer (DOM, no Node), story (neither).
check('types: electron, db, story, tests', bin('tsc'), ['-p', 'tsconfig.json']);
check('types: renderer', bin('tsc'), ['-p', 'tsconfig.renderer.json']);
check('types: story (no DOM, no Node)', bin('tsc'), ['-p', 'tsconfig.story.json']);

// 3. Lint, including the process-boundary rules.
check('lint', bin('oxlint'), []);

// 4. Unit tests.
const vitestReport = path.join(reports, 'vitest.json');
fs.rmSync(vitestReport, { force: true });
const vitestOk = run('unit tests (Vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  if (vitest.numFailedTests > 0) failures.push(`${vitest.numFailedTests} unit test(s)`);
  if (!vitestOk && vitest.numFailedTests === 0) {
    totals.failed += 1;
    failures.push('unit test run (a file failed to load)');
  }
} else {
  totals.failed += 1;
  failures.push('unit test run (no report)');
}

// 5. End-to-end tests in Chromium (browser mode; Electron where its binary exists).
const playwrightReport = path.join(reports, 'playwright.json');
fs.rmSync(playwrightReport, { force: true });
const e2eOk = run('end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport,
});
const playwright = readJson(playwrightReport);
if (playwright) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = playwright.stats ?? {};
  totals.passed += expected + flaky;
  totals.failed += unexpected;
  totals.skipped += skipped;
  if (unexpected > 0) failures.push(`${unexpected} end-to-end test(s)`);
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const reason = t.annotations?.find((a) => a.type === 'skip')?.description;
        if (t.status === 'skipped') skips.push(`${spec.title}${reason ? `: ${reason}` : ''}`);
      }
    }
    (suite.suites ?? []).forEach(walk);
  };
  (playwright.suites ?? []).forEach(walk);
  if (!e2eOk && unexpected === 0) {
    totals.failed += 1;
    failures.push('end-to-end run (errors outside tests)');
  }
} else {
  totals.failed += 1;
  failures.push('end-to-end run (no report)');
}

console.log('');
if (skips.length) {
  console.log('Skipped:');
  for (const skip of new Set(skips)) console.log(`  - ${skip}`);
}
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 ? 0 : 1);
