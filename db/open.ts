import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './handle';
import { acquireLibraryLock, type LibraryLock } from './lock';
import { migrate, type MigrateOptions, type MigrationOutcome } from './migrate';
import { MIGRATIONS } from './migrations';
import { LibraryOpenError } from './errors';
import type { Migration } from './migrations/types';
import { quickCheck } from './backup';
import { problemWithLibraryFiles } from './fileCheck';

export interface Library {
  readonly db: Db;
  readonly path: string;
  readonly lock: LibraryLock;
  readonly migration: MigrationOutcome;
  /** Checkpoint the WAL into the main file, close, and release the lock. */
  close(): void;
}

export interface OpenLibraryOptions extends MigrateOptions {
  /** Who is opening, written in the lock (e.g. "Copydesk (browser mode)"). */
  app: string;
  /** Path of a better-sqlite3 binary built for this runtime (the Electron app's own build). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /** Run `PRAGMA quick_check` before anything else (default true); a damaged file is refused untouched. */
  integrityCheck?: boolean;
}

/** The settings every connection to a library runs with; checked after they are set. */
const REQUIRED_PRAGMAS: ReadonlyArray<[name: string, value: string, expected: string | number]> = [
  ['journal_mode', 'WAL', 'wal'],
  ['synchronous', 'FULL', 2],
  ['foreign_keys', 'ON', 1],
  ['trusted_schema', 'OFF', 0],
];

export function applyPragmas(db: Db): void {
  db.pragma('busy_timeout = 5000');
  for (const [name, value, expected] of REQUIRED_PRAGMAS) {
    db.pragma(`${name} = ${value}`);
    const actual = db.pragma(name, { simple: true });
    if (actual !== expected) {
      throw new LibraryOpenError('library_unusable', `Could not set ${name} = ${value} on the library (it reads back as ${String(actual)}).`);
    }
  }
}

/** Open (creating if needed) the library at `libraryPath`: lock, pragmas, migrations. */
export function openLibrary(libraryPath: string, options: OpenLibraryOptions): Library {
  const absolute = path.resolve(libraryPath);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  const lock = acquireLibraryLock(absolute, options.app);
  let db: Db | undefined;
  try {
    // Before SQLite sees the file: damage it would open anyway (or "repair" by writing) is refused untouched.
    const problem = problemWithLibraryFiles(absolute);
    if (problem) throw new LibraryOpenError('library_damaged', `The library ${absolute} is damaged or not a database: ${problem}.`);
    db = new Database(absolute, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    applyPragmas(db);
    if (options.integrityCheck !== false) assertSound(db, absolute);
    const migration = migrate(db, absolute, options.migrations ?? MIGRATIONS, options);
    const opened = db;
    let closed = false;
    return {
      db: opened,
      path: absolute,
      lock,
      migration,
      close() {
        if (closed) return;
        closed = true;
        try {
          opened.pragma('wal_checkpoint(TRUNCATE)');
        } finally {
          opened.close();
          lock.release();
        }
      },
    };
  } catch (error) {
    db?.close();
    lock.release();
    throw asOpenError(error, absolute);
  }
}

function assertSound(db: Db, libraryPath: string): void {
  const problems = quickCheck(db);
  if (problems.length > 0) {
    throw new LibraryOpenError('library_damaged', `The library ${libraryPath} is damaged: ${problems.join('; ').slice(0, 300)}`);
  }
}

const DAMAGE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX']);

function asOpenError(error: unknown, libraryPath: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && DAMAGE_CODES.has(code)) {
    return new LibraryOpenError('library_damaged', `The library ${libraryPath} is damaged or not a database (${code}).`);
  }
  return error;
}
