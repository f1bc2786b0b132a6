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
import { problemWithLibraryFiles, sizeOf } from './fileCheck';
import { judgeCleanClose, removeCleanMarker, writeCleanMarker, type CleanCloseJudgement } from './cleanClose';

/** How the library was checked when it opened. */
export interface IntegrityAtOpen {
  /**
   * full: `PRAGMA quick_check` ran; skipped: the clean-close marker matched the file, which
   * passed a whole-file check at `lastFullCheckAt` and was written only by Copydesk since;
   * off: the caller turned the check off.
   */
  checked: 'full' | 'skipped' | 'off';
  /** Why, in words: what the marker said, or what made it untrustworthy. */
  reason: string;
}

export interface Library {
  readonly db: Db;
  readonly path: string;
  readonly lock: LibraryLock;
  readonly migration: MigrationOutcome;
  readonly integrity: IntegrityAtOpen;
  /** When a whole-file check of the library last passed (null: not known). */
  readonly lastFullCheckAt: string | null;
  /** A whole-file check (the background one) passed on a snapshot taken at `at`. */
  recordFullCheck(at: Date): void;
  /** The library was found damaged while open: close it without vouching for it. */
  markDamaged(): void;
  /**
   * Checkpoint the WAL into the main file, close, write the clean-close marker (when the
   * checkpoint emptied the WAL and nothing else holds it), and release the lock.
   */
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
  /**
   * Skip that check when the clean-close marker matches the file (default true). False: always
   * check (the benchmark's "with quick_check" figure).
   */
  trustCleanClose?: boolean;
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

/** Open (creating if needed) the library at `libraryPath`: lock, file checks, pragmas, integrity check, migrations. */
export function openLibrary(libraryPath: string, options: OpenLibraryOptions): Library {
  const absolute = path.resolve(libraryPath);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  const lock = acquireLibraryLock(absolute, options.app);
  let db: Db | undefined;
  try {
    // Before SQLite sees the file: damage it would open anyway (or "repair" by writing) is refused untouched.
    const problem = problemWithLibraryFiles(absolute);
    if (problem) throw new LibraryOpenError('library_damaged', `The library ${absolute} is damaged or not a database: ${problem}.`);
    const judged = judgeCleanClose(absolute);
    // Gone, durably, before SQLite may write: from here a crash must leave no marker vouching for the file.
    removeCleanMarker(absolute);
    db = new Database(absolute, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    applyPragmas(db);
    const integrity = checkAtOpen(db, absolute, judged, options);
    let lastFullCheckAt = integrity.checked === 'full' ? integrity.startedAt : judged.lastFullCheckAt;
    const migration = migrate(db, absolute, options.migrations ?? MIGRATIONS, options);
    const opened = db;
    let closed = false;
    let damaged = false;
    return {
      db: opened,
      path: absolute,
      lock,
      migration,
      integrity: { checked: integrity.checked, reason: integrity.reason },
      get lastFullCheckAt() {
        return lastFullCheckAt;
      },
      recordFullCheck(at) {
        if (!lastFullCheckAt || at.toISOString() > lastFullCheckAt) lastFullCheckAt = at.toISOString();
      },
      markDamaged() {
        damaged = true;
      },
      close() {
        if (closed) return;
        closed = true;
        try {
          const [result] = opened.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
          opened.close();
          // Only a WAL wholly in the main file makes the file alone the library: then it may be vouched for.
          if (!damaged && result?.busy === 0 && sizeOf(`${absolute}-wal`) === 0) writeCleanMarker(absolute, lastFullCheckAt);
        } finally {
          if (opened.open) opened.close();
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

function checkAtOpen(db: Db, libraryPath: string, judged: CleanCloseJudgement, options: OpenLibraryOptions): IntegrityAtOpen & { startedAt: string } {
  const startedAt = new Date().toISOString();
  if (options.integrityCheck === false) return { checked: 'off', reason: 'the caller turned the check off', startedAt };
  if (judged.trusted && options.trustCleanClose !== false) {
    return { checked: 'skipped', reason: `closed cleanly and unchanged since; last checked whole at ${judged.lastFullCheckAt}`, startedAt };
  }
  assertSound(db, libraryPath);
  return { checked: 'full', reason: judged.trusted ? 'the caller asked for a full check' : judged.reason, startedAt };
}


function assertSound(db: Db, libraryPath: string): void {
  const problems = quickCheck(db);
  if (problems.length > 0) {
    throw new LibraryOpenError('library_damaged', `The library ${libraryPath} is damaged: ${problems.join('; ').slice(0, 300)}`);
  }
}

const DAMAGE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX']);

/** SQLite's word for a file it found damaged (at open, or on any read of a damaged page later). */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && DAMAGE_CODES.has(code);
}

function asOpenError(error: unknown, libraryPath: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (isDamageError(error)) {
    return new LibraryOpenError('library_damaged', `The library ${libraryPath} is damaged or not a database (${code}).`);
  }
  return error;
}
