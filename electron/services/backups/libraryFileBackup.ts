import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupDatabase, checkLibraryFile, sealAndCheckCopy, type LibraryFileCheck } from '../../../db/backup';
import type { Db } from '../../../db/handle';
import { acquireLibraryLock } from '../../../db/lock';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { readSettings } from '../../../db/settings';
import { DEFAULT_SETTINGS } from '../../../story/settings';
import { AppError } from '../../api/errors';
import { backupFileName, moveAside, publish, replaceLibraryWith, rotate, tempPathIn } from './backupFiles';

export interface WrittenBackup {
  path: string;
  sizeBytes: number;
  storyCount: number;
}

/** The library's own backupsKept setting, read without opening it for writing. */
function keptSetting(db: Db): number {
  try {
    const value = readSettings(db).backupsKept;
    return typeof value === 'number' && value >= 1 ? value : DEFAULT_SETTINGS.backupsKept;
  } catch {
    return DEFAULT_SETTINGS.backupsKept;
  }
}

/**
 * Back up a library file from outside the app (the command line). It is opened
 * read-only, so this works while the app is running; the copy is written under a temp
 * name and renamed only once complete and checked. Into `out`, or the backups folder
 * (then rotated to the library's backupsKept).
 */
export async function backupLibraryFile(libraryPath: string, target: { out?: string; folder: string }): Promise<WrittenBackup> {
  if (!fs.existsSync(libraryPath)) throw new AppError('not_found', `There is no library at ${libraryPath}.`);
  if (target.out && fs.existsSync(target.out)) throw new AppError('invalid_input', `${target.out} already exists; choose another file name.`);
  const folder = target.out ? path.dirname(path.resolve(target.out)) : target.folder;
  fs.mkdirSync(folder, { recursive: true });
  const db = new Database(libraryPath, { readonly: true, fileMustExist: true });
  const temp = tempPathIn(folder);
  let kept: number;
  try {
    await backupDatabase(db, temp);
    kept = keptSetting(db);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  } finally {
    db.close();
  }
  const check = sealAndCheckCopy(temp);
  if (!check.ok) {
    fs.rmSync(temp, { force: true });
    throw new AppError('library_damaged', `The copy of ${libraryPath} did not pass its check (${check.problem}); nothing was written.`);
  }
  const destination = target.out ? path.resolve(target.out) : path.join(folder, backupFileName(new Date(), 'manual'));
  publish(temp, destination);
  if (!target.out) rotate(folder, kept);
  return { path: destination, sizeBytes: fs.statSync(destination).size, storyCount: check.storyCount };
}

export interface RestoredLibrary {
  storyCount: number;
  /** The library as it was, backed up (or, when damaged, moved aside) first. */
  previous?: { path: string; how: 'backed-up' | 'moved-aside' };
}

function assertUsable(file: string): LibraryFileCheck {
  if (!fs.existsSync(file)) throw new AppError('not_found', `There is no file ${file}.`);
  const check = checkLibraryFile(file);
  if (!check.ok) throw new AppError('invalid_input', `${file} cannot be restored: ${check.problem}.`);
  if (check.schemaVersion > LATEST_SCHEMA_VERSION) throw new AppError('invalid_input', `${file} was written by a newer Copydesk; update Copydesk to restore it.`);
  return check;
}

/**
 * Replace a library with a backup from outside the app. The library must not be open
 * anywhere (its lock is taken). The library as it was is backed up first, or moved
 * aside unchanged when it is damaged; nothing is deleted.
 */
export async function restoreLibraryFile(libraryPath: string, from: string, backupsFolder: string): Promise<RestoredLibrary> {
  const check = assertUsable(from);
  const lock = acquireLibraryLock(libraryPath, 'the copydesk command line (restore)');
  try {
    let previous: RestoredLibrary['previous'];
    if (fs.existsSync(libraryPath)) {
      if (checkLibraryFile(libraryPath).ok) {
        const written = await backupLibraryFile(libraryPath, { folder: backupsFolder, out: path.join(backupsFolder, backupFileName(new Date(), 'before-restore')) });
        previous = { path: written.path, how: 'backed-up' };
      } else {
        previous = { path: moveAside(libraryPath, new Date())[0]!, how: 'moved-aside' };
      }
    }
    fs.mkdirSync(path.dirname(libraryPath), { recursive: true });
    replaceLibraryWith(from, libraryPath);
    return { storyCount: check.storyCount, ...(previous ? { previous } : {}) };
  } finally {
    lock.release();
  }
}
