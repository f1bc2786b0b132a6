// Builds what is stale: the Node bundles (CLI and browser mode, Electron main, preload) with
// esbuild and the renderer with Vite. `--force` rebuilds everything; `--node-only` skips the renderer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const force = args.has('--force');
const quiet = args.has('--quiet');
const say = (line) => quiet || console.error(line);

const NODE_SOURCES = ['electron', 'db', 'story', 'package.json'];
const RENDERER_SOURCES = ['renderer', 'story', 'electron/api/contract.ts', 'vite.config.mts', 'package.json'];

// jsdom (the DOM DOMPurify sanitizes imports on) resolves files of its own at run time, so it stays in node_modules.
const nodeTargets = [
  { name: 'CLI and browser mode', entry: 'electron/cli/entry.ts', out: 'dist/node/cli.cjs', external: ['better-sqlite3', 'jsdom'] },
  { name: 'Electron main', entry: 'electron/main/main.ts', out: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3', 'jsdom'] },
  { name: 'Electron preload', entry: 'electron/preload/preload.ts', out: 'dist/electron/preload.cjs', external: ['electron'] },
  // The export worker, beside each bundle that starts it (see electron/services/export/renderPool.ts).
  { name: 'export worker (CLI)', entry: 'electron/services/export/renderWorker.ts', out: 'dist/node/exportWorker.cjs', external: [] },
  { name: 'export worker (Electron)', entry: 'electron/services/export/renderWorker.ts', out: 'dist/electron/exportWorker.cjs', external: [] },
  // The import's parse worker, likewise (see electron/services/importPipeline/parsePool.ts); jsdom is found from beside it.
  { name: 'import worker (CLI)', entry: 'electron/services/importPipeline/parseWorker.ts', out: 'dist/node/importWorker.cjs', external: ['jsdom'] },
  { name: 'import worker (Electron)', entry: 'electron/services/importPipeline/parseWorker.ts', out: 'dist/electron/importWorker.cjs', external: ['jsdom'] },
];

function newestMtime(relative) {
  const full = path.join(root, relative);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(relative, entry.name)));
  }
  return newest;
}

function isStale(output, sources) {
  const out = path.join(root, output);
  if (force || !fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  return sources.some((source) => newestMtime(source) > built);
}

export async function buildNode() {
  const stale = nodeTargets.filter((target) => isStale(target.out, NODE_SOURCES));
  if (stale.length === 0) return;
  const esbuild = await import('esbuild');
  for (const target of stale) {
    say(`Building ${target.name}…`);
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: [target.entry],
      outfile: target.out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'linked',
      external: target.external,
      logLevel: 'warning',
      legalComments: 'none',
    });
  }
}

export async function buildRenderer() {
  if (!isStale('dist/renderer/index.html', RENDERER_SOURCES)) return;
  say('Building the renderer…');
  const vite = await import('vite');
  await vite.build({ configFile: path.join(root, 'vite.config.mts'), logLevel: quiet ? 'error' : 'warn' });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    await buildNode();
    if (!args.has('--node-only')) await buildRenderer();
  } catch (error) {
    console.error(`Build failed: ${error.message}`);
    process.exit(1);
  }
}
