import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase, checkLibraryFile, sealAndCheckCopy, vacuumInto } from '../../../db/backup';
import type { Db } from '../../../db/handle';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import type { BackupInfo, BackupReason } from '../../../story/backups';
import { AppError } from '../../api/errors';
import { backupFileName, listBackupFiles, publish, rotate, tempPathIn } from './backupFiles';

const changesOf = (db: Db) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/** Copies the live library into a file (SQLite's online backup); tests inject a full disk here. */
export type CopyDatabase = (db: Db, destination: string, onProgress?: (done: number, total: number) => void) => Promise<void>;

export interface BackupServiceDeps {
  folder: string;
  /** Tests only: how the copy is written (default: SQLite's online backup, db/backup.ts). */
  copyDatabase?: CopyDatabase;
  /** How many backups to keep (the backupsKept setting). */
  keep(): number;
  now?: () => Date;
}

/**
 * Backups of one library: online copies of the live database written under a temp name
 * and renamed only once complete and checked, so a half-written backup is never offered;
 * the newest `keep` are kept.
 */
export function createBackupService({ folder, keep, now = () => new Date(), copyDatabase = backupDatabase }: BackupServiceDeps) {
  let running: Promise<unknown> = Promise.resolve();
  /** total_changes() of the connection at the last backup, to skip backups of an unchanged library. */
  const changesAtBackup = new WeakMap<Db, number>();

  function finish(temp: string, reason: BackupReason, at: Date): BackupInfo {
    const check = sealAndCheckCopy(temp);
    if (!check.ok) {
      fs.rmSync(temp, { force: true });
      throw new AppError('internal', `The backup did not pass its check (${check.problem}); the previous backups are kept.`);
    }
    const file = backupFileName(at, reason);
    const destination = path.join(folder, file);
    publish(temp, destination);
    rotate(folder, keep());
    return { file, path: destination, at: at.toISOString(), reason, sizeBytes: fs.statSync(destination).size };
  }

  const service = {
    folder,

    list(): BackupInfo[] {
      return listBackupFiles(folder);
    },

    /** An online backup of the open library; one at a time. */
    backup(db: Db, reason: BackupReason, onProgress?: (done: number, total: number) => void): Promise<BackupInfo> {
      const next = running.then(async () => {
        fs.mkdirSync(folder, { recursive: true });
        const at = now();
        const changes = changesOf(db);
        const temp = tempPathIn(folder);
        try {
          await copyDatabase(db, temp, onProgress);
        } catch (error) {
          fs.rmSync(temp, { force: true });
          throw asBackupError(error);
        }
        const info = finish(temp, reason, at);
        changesAtBackup.set(db, changes);
        return info;
      });
      running = next.catch(() => undefined);
      return next;
    },

    /** Whether anything was written since this connection's last backup (or none exists). */
    hasChangesSinceBackup(db: Db): boolean {
      const last = changesAtBackup.get(db);
      if (last === undefined) return listBackupFiles(folder).length === 0 || changesOf(db) > 0;
      return changesOf(db) > last;
    },

    /** Before migrations: a synchronous compact copy (the migration waits for it). */
    backupBeforeMigration(db: Db): BackupInfo {
      fs.mkdirSync(folder, { recursive: true });
      const at = now();
      const temp = tempPathIn(folder);
      try {
        vacuumInto(db, temp);
      } catch (error) {
        fs.rmSync(temp, { force: true });
        throw asBackupError(error);
      }
      return finish(temp, 'before-migration', at);
    },

    /** A backup by its file name, checked: sound, a Copydesk library, not from a newer Copydesk. */
    checked(file: string): BackupInfo & { storyCount: number } {
      const info = listBackupFiles(folder).find((backup) => backup.file === file);
      if (!info) throw new AppError('not_found', `There is no backup named ${file} in ${folder}.`);
      const check = checkLibraryFile(info.path);
      if (!check.ok) throw new AppError('invalid_input', `The backup ${file} cannot be used: ${check.problem}.`);
      if (check.schemaVersion > LATEST_SCHEMA_VERSION) throw new AppError('invalid_input', `The backup ${file} was written by a newer Copydesk.`);
      return { ...info, storyCount: check.storyCount };
    },

    /** The newest backup that passes its check, trying from the newest down. */
    newestGood(): BackupInfo | null {
      for (const backup of listBackupFiles(folder)) {
        const check = checkLibraryFile(backup.path);
        if (check.ok && check.schemaVersion <= LATEST_SCHEMA_VERSION) return backup;
      }
      return null;
    },
  };
  return service;
}

export type BackupService = ReturnType<typeof createBackupService>;

const DISK_FULL = new Set(['ENOSPC', 'SQLITE_FULL', 'SQLITE_IOERR_WRITE']);

/** A backup that could not be written says why, in words: a full disk above all. */
function asBackupError(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && DISK_FULL.has(code)) {
    return new AppError('disk_full', 'The disk is full: the backup was not written (nothing half-written was kept, and the earlier backups are untouched). Free some space and back up again.');
  }
  return error;
}
