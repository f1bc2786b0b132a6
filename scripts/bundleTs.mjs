// Bundles a TypeScript entry for a script run outside Vitest (fuzzing, benchmarks), with the
// same externals as the app's Node bundles.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function bundleTs(entry, outName) {
  const esbuild = await import('esbuild');
  const outfile = path.join(root, '.cache', 'scripts', outName);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'jsdom'],
    logLevel: 'error',
  });
  return outfile;
}
