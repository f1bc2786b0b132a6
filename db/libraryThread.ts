import { Worker } from 'node:worker_threads';

/**
 * What every library thread's source starts with: `openLibrary(options)` opens the library at
 * workerData.libraryPath with better-sqlite3 (workerData.modulePath, workerData.nativeBinding),
 * with `busy_timeout` and `trusted_schema` set as the app's own connection has them.
 */
const PREAMBLE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
const openLibrary = (options) => {
  const db = new Database(workerData.libraryPath, { fileMustExist: true, ...options, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  db.pragma('busy_timeout = 5000');
  db.pragma('trusted_schema = OFF');
  return db;
};
`;

/**
 * A worker thread with a connection of its own to the library (a bulk write, an index merge, a
 * whole-file check), so that its reads, commits and fsyncs never stall the main thread. `source`
 * is plain CommonJS run with `eval`, so the thread needs no bundle of its own; it opens its
 * connection with `openLibrary(options)` and answers through `parentPort`.
 */
export function startLibraryThread(source: string, libraryPath: string, nativeBinding: string | undefined, workerData: Record<string, unknown> = {}): Worker {
  return new Worker(PREAMBLE + source, {
    eval: true,
    workerData: { ...workerData, libraryPath, nativeBinding, modulePath: require.resolve('better-sqlite3') },
  });
}
