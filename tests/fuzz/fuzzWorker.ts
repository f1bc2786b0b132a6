/**
 * One fuzz target, run in a child process by scripts/fuzz-import.mjs: imports random and
 * mutated inputs through the registry, reports each run to the parent (which kills it
 * when a run exceeds the time limit) and saves any input that throws something other
 * than an ImportError or runs over the limit to tests/fuzz/regressions/.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ImportError, type ImportFormat } from '../../story/import/types';
import { importStoryFile } from '../../electron/services/import/registry';
import { EXTENSION, corpus, corpusFile } from './corpus';
import { mutate, prng } from './mutate';

export const REGRESSIONS = path.resolve(__dirname, '../../tests/fuzz/regressions');
export const SLOW_MS = 5_000;

/**
 * A saved case is a recipe, not bytes: the seed files and the PRNG seed that rebuild the
 * input (so that no text of ../shared is copied into the project); tests replay it.
 */
export interface FuzzCase {
  format: ImportFormat;
  seed: string;
  other: string;
  prngSeed: number;
  why: string;
}

export function saveRegression(found: FuzzCase): string {
  fs.mkdirSync(REGRESSIONS, { recursive: true });
  const hash = crypto.createHash('sha256').update(`${found.seed}|${found.other}|${found.prngSeed}`).digest('hex').slice(0, 12);
  const file = path.join(REGRESSIONS, `${found.format}-${hash}.json`);
  fs.writeFileSync(file, `${JSON.stringify(found, null, 2)}\n`);
  return file;
}

export function rebuildCase(found: Pick<FuzzCase, 'format' | 'seed' | 'other' | 'prngSeed'>): Uint8Array | undefined {
  const seed = corpusFile(found.format, found.seed);
  const other = corpusFile(found.format, found.other);
  if (!seed || !other) return undefined;
  return mutate(found.format, seed.bytes, other.bytes, prng(found.prngSeed)).bytes;
}

export async function fuzzTarget(format: ImportFormat, seconds: number, seed: number, send: (message: unknown) => void): Promise<void> {
  const seeds = corpus(format, format === 'html' ? 25 : 60);
  if (seeds.length === 0) throw new Error(`no seed files for ${format}`);
  const random = prng(seed);
  const deadline = Date.now() + seconds * 1000;
  const stats = { runs: 0, imported: 0, refused: 0, crashes: 0, slow: 0, maxMs: 0 };
  const fileName = `fuzz.${EXTENSION[format]}`;
  fs.mkdirSync(REGRESSIONS, { recursive: true });
  while (Date.now() < deadline) {
    const seedFile = seeds[Math.floor(random() * seeds.length)]!;
    const otherFile = seeds[Math.floor(random() * seeds.length)]!;
    const prngSeed = Math.floor(random() * 2 ** 31);
    const { bytes, how } = mutate(format, seedFile.bytes, otherFile.bytes, prng(prngSeed));
    const recipe = { format, seed: seedFile.source, other: otherFile.source, prngSeed };
    send({ type: 'start', how, recipe });
    const started = performance.now();
    try {
      await importStoryFile({ fileName, bytes });
      stats.imported += 1;
    } catch (error) {
      if (error instanceof ImportError) stats.refused += 1;
      else {
        stats.crashes += 1;
        saveRegression({ ...recipe, why: `crash (${how}): ${(error as Error)?.stack ?? String(error)}` });
      }
    }
    const ms = performance.now() - started;
    stats.maxMs = Math.max(stats.maxMs, ms);
    if (ms > SLOW_MS) {
      stats.slow += 1;
      saveRegression({ ...recipe, why: `slow (${how}): ${ms.toFixed(0)} ms` });
    }
    stats.runs += 1;
    send({ type: 'done', stats });
  }
}
