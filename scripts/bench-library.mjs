// `npm run bench:library -- [--stories N] [--keep]`: bundles bench/library.ts with esbuild and runs it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'bench', 'library.cjs');
const esbuild = await import('esbuild');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['bench/library.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3'],
  logLevel: 'warning',
});
// The import's parse worker beside it, as the app's bundles have it (electron/services/importPipeline/parsePool.ts).
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['electron/services/importPipeline/parseWorker.ts'],
  outfile: path.join(root, 'dist', 'bench', 'importWorker.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['jsdom'],
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--max-old-space-size=4096', out, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
