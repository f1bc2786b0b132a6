// `npm run bench:import`: each importer against its raw parser in the same run (see tests/bench/importBench.ts).
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundleTs } from './bundleTs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await bundleTs('tests/bench/importBench.ts', 'bench-import.cjs');
await createRequire(import.meta.url)(bundle).main(root);
