// `npm run soak`: the long form of every suite that has one. Each such test file reads
// COPYDESK_SOAK (tests/helpers/soak.ts: isSoak(), soakOr(short, long)); this finds them and runs
// them again with COPYDESK_SOAK=1: Vitest files with Vitest, Playwright specs with Playwright.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function filesUnder(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (/\.(test|spec)\.ts$/.test(entry.name)) out.push(full);
  }
  return out;
}

const soaking = filesUnder(path.join(root, 'tests')).filter((file) => /isSoak\(|soakOr\(|COPYDESK_SOAK/.test(fs.readFileSync(file, 'utf8')));
const relative = soaking.map((file) => path.relative(root, file));
const unit = relative.filter((file) => file.endsWith('.test.ts'));
const e2e = relative.filter((file) => file.endsWith('.spec.ts'));
console.log(`soak: ${unit.length} unit suite(s), ${e2e.length} end-to-end suite(s) with a long form:\n  ${relative.join('\n  ')}`);

const env = { ...process.env, COPYDESK_SOAK: '1' };
const run = (command, args) => {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  console.log(`   (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
};

let ok = run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
if (unit.length > 0) ok = run(bin('vitest'), ['run', '--testTimeout=7200000', '--hookTimeout=600000', ...unit]) && ok;
if (e2e.length > 0) ok = run(bin('playwright'), ['test', '--timeout=7200000', ...e2e]) && ok;
console.log(ok ? 'soak: all passed' : 'soak: FAILED');
process.exit(ok ? 0 : 1);
