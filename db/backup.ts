import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from './handle';
import { COPYDESK_APPLICATION_ID } from './migrate';

/** Pages copied per step of an online backup; the event loop runs between steps. */
const PAGES_PER_STEP = 256;

/**
 * Copy the live library to `destination` with SQLite's online backup, in steps so the
 * process stays responsive; writers may go on meanwhile (the copy is of one moment).
 */
export async function backupDatabase(db: Db, destination: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  await db.backup(destination, {
    progress({ totalPages, remainingPages }) {
      onProgress?.(totalPages - remainingPages, totalPages);
      return PAGES_PER_STEP;
    },
  });
}

/** A synchronous, compact copy (used before migrations, which cannot wait). */
export function vacuumInto(db: Db, destination: string): void {
  db.prepare(`VACUUM INTO ?`).run(destination);
}

export interface LibraryFileCheck {
  ok: boolean;
  /** What is wrong, in SQLite's words, when not ok. */
  problem?: string;
  schemaVersion: number;
  storyCount: number;
}

/** First problems `PRAGMA quick_check` reports, or an empty list when the database is sound. */
export function quickCheck(db: Db, maxProblems = 5): string[] {
  const rows = db.pragma(`quick_check(${maxProblems})`) as Array<{ quick_check: string }>;
  const problems = rows.map((row) => row.quick_check).filter((value) => value !== 'ok');
  return problems;
}

/**
 * Make a freshly written copy self-contained (rollback journal, no -wal beside it) and
 * check it: sound, a Copydesk library, and how many stories it holds.
 */
export function sealAndCheckCopy(file: string): LibraryFileCheck {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
    return describe(copy);
  } finally {
    copy.close();
  }
}

/** Check a library or backup file without changing it. */
export function checkLibraryFile(file: string): LibraryFileCheck {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return describe(db);
  } catch (error) {
    return { ok: false, problem: (error as Error).message, schemaVersion: 0, storyCount: 0 };
  } finally {
    db?.close();
  }
}

function describe(db: Db): LibraryFileCheck {
  try {
    const problems = quickCheck(db);
    if (problems.length > 0) return { ok: false, problem: problems.join('; '), schemaVersion: 0, storyCount: 0 };
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (applicationId !== COPYDESK_APPLICATION_ID) return { ok: false, problem: 'it is not a Copydesk library', schemaVersion, storyCount: 0 };
    const hasListRows = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'library_rows'`).get() !== undefined;
    const storyCount = (db.prepare(hasListRows ? `SELECT count(*) AS n FROM library_rows WHERE trashed_at IS NULL` : `SELECT count(*) AS n FROM stories`).get() as { n: number }).n;
    return { ok: true, schemaVersion, storyCount };
  } catch (error) {
    return { ok: false, problem: (error as Error).message, schemaVersion: 0, storyCount: 0 };
  }
}

/** fsync a file (and, where the platform allows, its folder) so a rename that follows is durable. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function syncFolder(folder: string): void {
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; its renames are durable on their own.
  }
}
