import { startLibraryThread } from './libraryThread';

/** What a whole-file check found: the snapshot it read was taken at `startedAt`. */
export type BackgroundCheckOutcome =
  | { state: 'sound'; startedAt: Date; ms: number }
  | { state: 'damaged'; startedAt: Date; problems: string[] }
  /** It could not run (the file is busy or gone); try again later. */
  | { state: 'failed'; message: string }
  | { state: 'stopped' };

export interface BackgroundCheck {
  readonly done: Promise<BackgroundCheckOutcome>;
  /**
   * Stop it. SQLite cannot be interrupted from outside its thread, so the check's read
   * ends only when `PRAGMA quick_check` returns: resolves then (at most one check's length).
   */
  stop(): Promise<void>;
}

const WORKER_SOURCE = `
const DAMAGE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX']);
const startedAt = Date.now();
let db;
let answer;
try {
  db = openLibrary({ readonly: true });
  const rows = db.pragma('quick_check(5)');
  const problems = rows.map((row) => row.quick_check).filter((value) => value !== 'ok');
  answer = problems.length > 0 ? { state: 'damaged', startedAt, problems } : { state: 'sound', startedAt, ms: Date.now() - startedAt };
} catch (error) {
  answer = DAMAGE.has(error.code)
    ? { state: 'damaged', startedAt, problems: [error.message + ' (' + error.code + ')'] }
    : { state: 'failed', message: error.message };
} finally {
  // Closed before answering: the app's connection may be the last one when it closes next.
  db?.close();
}
parentPort.postMessage(answer);
`;

/**
 * Run `PRAGMA quick_check` on the library from a worker thread with its own read-only
 * connection: it reads one snapshot of the whole file (seconds on a large library) while
 * the app goes on reading and writing through its own connection.
 */
export function startBackgroundCheck(libraryPath: string, nativeBinding?: string): BackgroundCheck {
  const worker = startLibraryThread(WORKER_SOURCE, libraryPath, nativeBinding);
  let stopped = false;
  const answer: { settle?: (outcome: BackgroundCheckOutcome) => void } = {};
  const done = new Promise<BackgroundCheckOutcome>((resolve) => (answer.settle = resolve));
  const settle = (outcome: BackgroundCheckOutcome) => answer.settle!(outcome);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.once('message', (message: { state: string; startedAt?: number; ms?: number; problems?: string[]; message?: string }) => {
    if (stopped) return settle({ state: 'stopped' });
    const startedAt = new Date(message.startedAt ?? Date.now());
    if (message.state === 'sound') settle({ state: 'sound', startedAt, ms: message.ms ?? 0 });
    else if (message.state === 'damaged') settle({ state: 'damaged', startedAt, problems: message.problems ?? [] });
    else settle({ state: 'failed', message: message.message ?? 'unknown' });
  });
  worker.once('error', (error) => settle({ state: 'failed', message: error.message }));
  void exited.then(() => settle(stopped ? { state: 'stopped' } : { state: 'failed', message: 'the check stopped before it answered' }));
  return {
    done,
    async stop() {
      stopped = true;
      settle({ state: 'stopped' });
      await worker.terminate();
      await exited;
    },
  };
}
