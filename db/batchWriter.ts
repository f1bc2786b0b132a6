import { deserialize } from 'node:v8';
import { startLibraryThread } from './libraryThread';
import { prepared, type Db } from './handle';
import type { SqlStatement } from './stories';

/** A group of statements, or the same serialized with v8.serialize (as the import's parse worker sends them). */
export type StatementGroup = SqlStatement[] | Uint8Array;

const statementsOf = (group: StatementGroup): SqlStatement[] => (ArrayBuffer.isView(group) ? (deserialize(group) as SqlStatement[]) : group);

/** Run a group's statements on this connection, inside the caller's transaction (where there is no writer thread). */
export function runGroupHere(db: Db, group: StatementGroup): void {
  for (const statement of statementsOf(group)) prepared(db, statement.sql).run(statement.params);
}

/** What became of one group of statements: written, or rolled back with SQLite's error. */
export type GroupResult = { ok: true } | { ok: false; code: string | undefined; message: string };

/**
 * Runs groups of statements on the library from a worker thread with its own connection,
 * so a bulk write's commits and fsyncs never stall the main process's event loop. Every
 * call is one transaction; each group in it is all or nothing, so a group that fails leaves
 * nothing behind while the others are kept (the groups are written together first and,
 * only when one of them fails, again each in a savepoint). The SQL comes from the query modules.
 *
 * Its commits do not wait for the disk (WAL with synchronous=NORMAL): a crash of the app
 * loses nothing committed, and closing the writer checkpoints, which syncs it all. Only a
 * power cut during a bulk import could lose its last moments, whose files are still on disk
 * to import again. The app's own saves keep synchronous=FULL.
 */
export interface BatchWriter {
  write(groups: StatementGroup[]): Promise<GroupResult[]>;
  close(): Promise<void>;
}

const WORKER_SOURCE = `
const { deserialize } = require('node:v8');
const db = openLibrary();
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
const statements = new Map();
const prepared = (sql) => {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
};
// Batches that arrive while one is being written are written together, in one transaction
// (fewer commits, and FTS5 builds fewer, larger segments: less merging), up to bounds that
// keep the lock short: a save on another connection waits at most about this long.
const MAX_GROUPS_PER_TRANSACTION = 480;
const TRANSACTION_MS = 100;
const queue = [];
let scheduled = false;
const runGroup = (group) => (ArrayBuffer.isView(group) ? deserialize(group) : group).forEach((s) => prepared(s.sql).run(s.params));
// Each group is all or nothing. Opening a savepoint makes FTS5 write out the terms it holds
// (one small index segment per file, merged again and again), so the groups are first written
// without savepoints, in one transaction; if any of them fails, that transaction is rolled
// back whole and the groups are written again, each in a savepoint of its own.
// Returns how many of the messages it wrote (the others wait for the next transaction).
const writeAtOnce = (messages) => {
  const started = performance.now();
  let written = 0;
  db.transaction(() => {
    for (const message of messages) {
      if (written > 0 && performance.now() - started >= TRANSACTION_MS) break;
      written++;
      for (const group of message.groups) {
        try {
          runGroup(group);
        } catch (error) {
          throw Object.assign(error, { inGroup: true, written });
        }
      }
    }
  }).immediate();
  return written;
};
const writeGroupByGroup = (messages) => {
  const results = messages.map(() => []);
  db.transaction(() => {
    messages.forEach((message, m) => {
      for (const group of message.groups) {
        try {
          db.transaction(() => runGroup(group))();
          results[m].push({ ok: true });
        } catch (error) {
          results[m].push({ ok: false, code: error.code, message: error.message });
        }
      }
    });
  }).immediate();
  return results;
};
const writeQueued = () => {
  scheduled = false;
  const messages = [];
  let groups = 0;
  while (queue.length > 0 && (messages.length === 0 || groups + queue[0].groups.length <= MAX_GROUPS_PER_TRANSACTION)) {
    const next = queue.shift();
    if (next.close) {
      queue.unshift(next);
      break;
    }
    messages.push(next);
    groups += next.groups.length;
  }
  if (messages.length > 0) {
    let written = messages.length;
    try {
      let results;
      try {
        written = writeAtOnce(messages);
        results = messages.map((message) => message.groups.map(() => ({ ok: true })));
      } catch (error) {
        if (!error.inGroup) throw error;
        // A group failed: what was tried was rolled back; write it again, each group a savepoint.
        written = error.written;
        results = writeGroupByGroup(messages.slice(0, written));
      }
      messages.slice(0, written).forEach((message, m) => parentPort.postMessage({ id: message.id, results: results[m] }));
    } catch (error) {
      messages.slice(0, written).forEach((message) => parentPort.postMessage({ id: message.id, error: { code: error.code, message: error.message } }));
    }
    queue.unshift(...messages.slice(written));
  }
  if (queue[0]?.close) {
    const message = queue.shift();
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Another connection is busy; its own commits sync the WAL.
    }
    db.close();
    parentPort.postMessage({ id: message.id, closed: true });
    return;
  }
  if (queue.length > 0) schedule();
};
const schedule = () => {
  if (scheduled) return;
  scheduled = true;
  setImmediate(writeQueued);
};
parentPort.on('message', (message) => {
  queue.push(message);
  schedule();
});
parentPort.postMessage({ ready: true });
`;

export function openBatchWriter(libraryPath: string, nativeBinding?: string): BatchWriter {
  const worker = startLibraryThread(WORKER_SOURCE, libraryPath, nativeBinding);
  let nextId = 1;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure = error;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on('message', (message: { id?: number; results?: GroupResult[]; error?: { code?: string; message: string }; closed?: boolean }) => {
    if (message.id === undefined) return;
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (!pending) return;
    if (message.error) pending.reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
    else pending.resolve(message.results ?? message.closed);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The writer thread stopped (exit code ${code}).`)));

  const send = <T>(message: object): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // A worker thread, not a window: there is no target origin.
      // oxlint-disable-next-line unicorn/require-post-message-target-origin
      worker.postMessage({ ...message, id });
    });
  };

  return {
    write: (groups) => send<GroupResult[]>({ groups }),
    async close() {
      try {
        await send({ close: true });
      } catch {
        // already gone
      }
      await worker.terminate();
    },
  };
}
