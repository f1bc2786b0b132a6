import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { syncFile, syncFolder } from '../../../db/backup';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../../story/backups';

/**
 * Where a library's backups live: <dataDir>/Backups/<name>-<hash>/, outside the library's
 * own file set; the hash of the library's full path keeps two libraries of the same name apart.
 */
export function backupFolderFor(libraryPath: string, dataDir: string): string {
  const absolute = path.resolve(libraryPath);
  const stem = path.basename(absolute).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]+/g, '-') || 'library';
  const hash = crypto.createHash('sha256').update(absolute).digest('hex').slice(0, 8);
  return path.join(dataDir, 'Backups', `${stem}-${hash}`);
}

const NAME = /^backup-(\d{8}T\d{6}\d{3}Z)-([a-z-]+)\.sqlite$/;

/** "backup-20260301T101500123Z-scheduled.sqlite": sortable by name, the time in UTC. */
export function backupFileName(at: Date, reason: BackupReason): string {
  return `backup-${at.toISOString().replace(/[-:.]/g, '')}-${reason}.sqlite`;
}

function parseName(name: string): { at: string; reason: BackupReason } | undefined {
  const match = NAME.exec(name);
  if (!match || !(BACKUP_REASONS as readonly string[]).includes(match[2]!)) return undefined;
  const t = match[1]!;
  const at = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}.${t.slice(15, 18)}Z`;
  return { at, reason: match[2] as BackupReason };
}

/** The finished backups in a folder, newest first; temp files being written are never listed. */
export function listBackupFiles(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const file of names) {
    const parsed = parseName(file);
    if (!parsed) continue;
    const full = path.join(folder, file);
    try {
      backups.push({ file, path: full, ...parsed, sizeBytes: fs.statSync(full).size });
    } catch {
      // removed meanwhile
    }
  }
  return backups.toSorted((a, b) => (a.file < b.file ? 1 : -1));
}

/** A temp name in the same folder (so the final rename is atomic), hidden from listings. */
export function tempPathIn(folder: string): string {
  return path.join(folder, `.partial-${process.pid}-${crypto.randomBytes(4).toString('hex')}.sqlite`);
}

/** Make a finished, checked temp file the backup: fsync, rename into its name, fsync the folder. */
export function publish(temp: string, destination: string): void {
  syncFile(temp);
  fs.renameSync(temp, destination);
  syncFolder(path.dirname(destination));
}

/** Keep the newest `keep` backups; delete older ones and temp files left by a crash. */
export function rotate(folder: string, keep: number): string[] {
  const removed: string[] = [];
  for (const old of listBackupFiles(folder).slice(keep)) {
    fs.rmSync(old.path, { force: true });
    removed.push(old.file);
  }
  try {
    for (const name of fs.readdirSync(folder)) {
      if (!name.startsWith('.partial-')) continue;
      const full = path.join(folder, name);
      if (Date.now() - fs.statSync(full).mtimeMs > 60 * 60 * 1000) fs.rmSync(full, { force: true });
    }
  } catch {
    // nothing to tidy
  }
  return removed;
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/**
 * Move a damaged library aside, byte for byte (a rename; its -wal and -shm go with it),
 * to "<name>.damaged-<time><ext>" in the same folder. Returns the new paths.
 */
export function moveAside(libraryPath: string, at: Date): string[] {
  const ext = path.extname(libraryPath);
  const base = libraryPath.slice(0, libraryPath.length - ext.length);
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  const moved: string[] = [];
  for (const suffix of SIDE_FILES) {
    const from = `${libraryPath}${suffix}`;
    if (!fs.existsSync(from)) continue;
    const to = `${base}.damaged-${stamp}${ext}${suffix}`;
    fs.renameSync(from, to);
    moved.push(to);
  }
  syncFolder(path.dirname(libraryPath));
  return moved;
}

/**
 * Put a backup in the library's place (the library must be closed): copied beside it,
 * fsynced, the old -wal/-shm removed, then renamed over it in one step.
 */
export function replaceLibraryWith(backupPath: string, libraryPath: string): void {
  const temp = `${libraryPath}.restoring-${process.pid}`;
  fs.copyFileSync(backupPath, temp);
  try {
    syncFile(temp);
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${libraryPath}${suffix}`, { force: true });
    fs.renameSync(temp, libraryPath);
    syncFolder(path.dirname(libraryPath));
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
