// `npm run bench:<name>`: bundles tests/bench/<name>.ts with esbuild and runs it with Node.
// Benchmarks print a table and write bench/results/<name>.json; each compares against a raw
// baseline measured in the same run, since absolute times on a shared machine are noise.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];
if (!name) {
  console.error('Usage: node scripts/bench.mjs <name>  (runs tests/bench/<name>.ts)');
  process.exit(2);
}
const esbuild = await import('esbuild');
const outfile = path.join(root, '.cache', 'bench', `${name}.cjs`);
await esbuild.build({
  absWorkingDir: root,
  entryPoints: [path.join('tests', 'bench', `${name}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3'],
  logLevel: 'warning',
});
// Benchmarks that open the core get the export worker beside them, as the built app does.
await esbuild.build({ absWorkingDir: root, entryPoints: ['electron/services/export/renderWorker.ts'], outfile: path.join(root, '.cache', 'bench', 'exportWorker.cjs'), bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(3)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
