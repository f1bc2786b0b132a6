/**
 * What opening a library costs: raw better-sqlite3 (open, WAL, close) against openLibrary after
 * a clean close (the marker matches: no quick_check) and with quick_check forced, plus the
 * background whole-file check in its worker and the main thread's longest stall meanwhile.
 */
import Database from 'better-sqlite3';
import { startBackgroundCheck } from '../db/backgroundCheck';
import { openLibrary } from '../db/open';

export interface OpeningFigures {
  rawMs: number;
  afterCleanCloseMs: number;
  withQuickCheckMs: number;
  backgroundCheck: { ms: number; state: string; longestMainThreadStallMs: number };
  runs: number;
}

const now = () => performance.now();
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Number(value.toFixed(1));

function timed(fn: () => void): number {
  const start = now();
  fn();
  return now() - start;
}

export async function measureOpening(libraryPath: string, runs = 3): Promise<OpeningFigures> {
  // One open and clean close first, so the marker is there whatever state the file came in.
  openLibrary(libraryPath, { app: 'bench' }).close();
  const raw: number[] = [];
  const clean: number[] = [];
  const checked: number[] = [];
  for (let r = 0; r < runs; r++) {
    raw.push(
      timed(() => {
        const db = new Database(libraryPath);
        db.pragma('journal_mode = WAL');
        db.close();
      }),
    );
    clean.push(
      timed(() => {
        const library = openLibrary(libraryPath, { app: 'bench' });
        if (library.integrity.checked !== 'skipped') throw new Error(`the open after a clean close checked the library: ${library.integrity.reason}`);
        library.close();
      }),
    );
    checked.push(timed(() => openLibrary(libraryPath, { app: 'bench', trustCleanClose: false }).close()));
  }

  // The background check as the app runs it: a worker thread reading while the library is open.
  const library = openLibrary(libraryPath, { app: 'bench' });
  let longestStall = 0;
  let last = now();
  const probe = setInterval(() => {
    const t = now();
    longestStall = Math.max(longestStall, t - last - 10);
    last = t;
  }, 10);
  const start = now();
  const outcome = await startBackgroundCheck(libraryPath).done;
  const checkMs = now() - start;
  clearInterval(probe);
  library.close();

  return {
    rawMs: round(median(raw)),
    afterCleanCloseMs: round(median(clean)),
    withQuickCheckMs: round(median(checked)),
    backgroundCheck: { ms: round(checkMs), state: outcome.state, longestMainThreadStallMs: round(Math.max(0, longestStall)) },
    runs,
  };
}

export function openingRows(figures: OpeningFigures): Array<[string, string, string, string]> {
  const { rawMs, afterCleanCloseMs, withQuickCheckMs, backgroundCheck } = figures;
  return [
    ['open library after a clean close', `${afterCleanCloseMs} ms`, `${rawMs} ms`, `${(afterCleanCloseMs / Math.max(rawMs, 0.1)).toFixed(1)}x raw; median of ${figures.runs}`],
    ['open library with quick_check', `${withQuickCheckMs} ms`, `${rawMs} ms`, 'after a crash, a restore, a changed file'],
    ['background whole-file check (worker)', `${backgroundCheck.ms} ms`, '', `${backgroundCheck.state}; longest main-thread stall ${backgroundCheck.longestMainThreadStallMs} ms`],
  ];
}
