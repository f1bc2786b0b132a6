import { startLibraryThread } from './libraryThread';

/** The library's full-text indexes, each merged into one segment by the upkeep. */
export const FTS_TABLES = ['stories_fts', 'facts_fts', 'sources_fts'] as const;

/**
 * Pages of index an upkeep step may write (FTS5's 'merge' with a negative count merges
 * segments of every level, as 'optimize' does, a little at a time). At 4, a step of a
 * 100,000-story library takes at most ~11 ms, so a save that meets one waits no longer.
 */
export const PAGES_PER_STEP = 4;

export interface UpkeepOutcome {
  /** Steps that merged something, over every table. */
  steps: number;
  ms: number;
  stopped: boolean;
}

export interface RunningUpkeep {
  readonly done: Promise<UpkeepOutcome>;
  /**
   * No step starts once this is called (each step is its own transaction: nothing is left
   * half-merged); resolves when the thread has closed its connection.
   */
  stop(): Promise<void>;
}

const WORKER_SOURCE = `
const db = openLibrary();
// The merge rewrites the index, never the stories: a step lost to a power cut is merged again.
db.pragma('synchronous = NORMAL');
const changes = db.prepare('SELECT total_changes()').pluck();
const tables = workerData.tables.filter((table) => db.prepare("SELECT 1 FROM sqlite_master WHERE name = ?").get(table));
// Set by the main thread at once (no message to wait for): no step starts after it.
const stop = new Int32Array(workerData.stop);
const stopping = () => Atomics.load(stop, 0) === 1;
const started = performance.now();
let steps = 0;
let table = 0;
const finish = () => {
  db.close();
  parentPort.postMessage({ done: { steps, ms: performance.now() - started, stopped: stopping() } });
};
const merge = tables.map((name) => db.prepare('INSERT INTO ' + name + '(' + name + ', rank) VALUES (\\'merge\\', ?)'));
const step = () => {
  if (stopping() || table >= tables.length) return finish();
  const before = changes.get();
  merge[table].run(-workerData.pagesPerStep);
  // The command itself counts as one change; FTS5 documents a difference under two as no work
  // done: this index is one segment, on to the next.
  if (changes.get() - before < 2) table++;
  else steps++;
  // A turn of the loop between steps, so other connections get the lock.
  setImmediate(step);
};
step();
`;

/**
 * Merge the library's full-text indexes into one segment each, on a thread of its own with
 * its own connection, in small steps. A bulk import leaves an index in many segments, and
 * every search reads each of them; merged, common words are found about a third faster.
 */
export function startSearchIndexUpkeep(libraryPath: string, options: { nativeBinding?: string; pagesPerStep?: number } = {}): RunningUpkeep {
  const stopFlag = new SharedArrayBuffer(4);
  const worker = startLibraryThread(WORKER_SOURCE, libraryPath, options.nativeBinding, { stop: stopFlag, tables: FTS_TABLES, pagesPerStep: options.pagesPerStep ?? PAGES_PER_STEP });
  worker.unref();
  let finished = false;
  const done = new Promise<UpkeepOutcome>((resolve, reject) => {
    worker.on('message', (message: { done?: UpkeepOutcome }) => {
      if (!message.done) return;
      finished = true;
      resolve(message.done);
      void worker.terminate();
    });
    worker.on('error', (error) => {
      finished = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      finished = true;
      reject(new Error(`The search index upkeep thread stopped (exit code ${code}).`));
    });
  });
  return {
    done,
    async stop() {
      Atomics.store(new Int32Array(stopFlag), 0, 1);
      if (!finished) await done.catch(() => undefined);
    },
  };
}
