// `npm run eval:suggest`: bundles bench/suggest/eval.ts with esbuild and runs it (scores printed, JSON in bench/results/).
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, '.cache', 'bench', 'eval-suggest.cjs');
await esbuild.build({ absWorkingDir: root, entryPoints: ['bench/suggest/eval.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
