import fs from 'node:fs';
import path from 'node:path';
import { syncFile, syncFolder } from './backup';
import { sizeOf } from './fileCheck';

/**
 * The clean-close marker, `<library>.clean`: written when a library is closed cleanly (WAL
 * checkpointed into the main file and removed), it says what the file looked like then and
 * when its last whole-file check passed. An open that finds the file exactly so may skip
 * `PRAGMA quick_check` (seconds on a large library): nothing but Copydesk has written to it
 * since that check. The marker is removed, durably, before anything writes to the library,
 * so a crash never leaves one behind; and the file's identity in it (size, times to the
 * nanosecond, inode, header fields) protects against a marker that outlived its file anyway.
 */
export interface CleanCloseMarker {
  format: 1;
  /** What the file was at close (see FileState). */
  file: FileState;
  closedAt: string;
  /** When a whole-file check of this library last passed (null: never since it was last found uncertain). */
  lastFullCheckAt: string | null;
}

/**
 * What identifies a library file's state. ctime cannot be set back by a program (utimes sets
 * it to now), so an edit that restores the modification time still changes it. Numbers that
 * may exceed 2^53 are strings.
 */
export interface FileState {
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
  /** SQLite's header: file change counter (bytes 24..27; not bumped by WAL-mode commits) and size in pages (28..31). */
  changeCounter: number;
  pageCount: number;
}

export function cleanMarkerPath(libraryPath: string): string {
  return `${libraryPath}.clean`;
}

/** The state of the library file now; undefined when it does not exist or has no full header. */
export function fileStateOf(libraryPath: string): FileState | undefined {
  let fd: number;
  try {
    fd = fs.openSync(libraryPath, 'r');
  } catch {
    return undefined;
  }
  try {
    const stat = fs.fstatSync(fd, { bigint: true });
    const header = Buffer.alloc(100);
    if (fs.readSync(fd, header, 0, 100, 0) < 100) return undefined;
    return {
      size: String(stat.size),
      mtimeNs: String(stat.mtimeNs),
      ctimeNs: String(stat.ctimeNs),
      ino: String(stat.ino),
      changeCounter: header.readUInt32BE(24),
      pageCount: header.readUInt32BE(28),
    };
  } finally {
    fs.closeSync(fd);
  }
}

export function readCleanMarker(libraryPath: string): CleanCloseMarker | undefined {
  let text: string;
  try {
    text = fs.readFileSync(cleanMarkerPath(libraryPath), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<CleanCloseMarker>;
    const file = parsed.file as Partial<FileState> | undefined;
    const strings = file && ['size', 'mtimeNs', 'ctimeNs', 'ino'].every((key) => typeof file[key as keyof FileState] === 'string');
    const numbers = file && typeof file.changeCounter === 'number' && typeof file.pageCount === 'number';
    const lastCheck = parsed.lastFullCheckAt === null || (typeof parsed.lastFullCheckAt === 'string' && !Number.isNaN(Date.parse(parsed.lastFullCheckAt)));
    if (parsed.format !== 1 || !strings || !numbers || !lastCheck || typeof parsed.closedAt !== 'string') return undefined;
    return parsed as CleanCloseMarker;
  } catch {
    return undefined;
  }
}

/** Whether the library's files are as a clean close left them, and when they were last checked whole. */
export type CleanCloseJudgement = { trusted: true; lastFullCheckAt: string } | { trusted: false; reason: string; lastFullCheckAt: string | null };

const FIELD_NAMES: Record<keyof FileState, string> = {
  size: 'its size',
  mtimeNs: 'its modification time',
  ctimeNs: 'its status-change time',
  ino: 'the file itself (another file is in its place)',
  changeCounter: 'its header’s change counter',
  pageCount: 'its header’s page count',
};

const distrust = (reason: string): CleanCloseJudgement => ({ trusted: false, reason, lastFullCheckAt: null });

export function judgeCleanClose(libraryPath: string): CleanCloseJudgement {
  if (!fs.existsSync(libraryPath)) return distrust('it is a new library');
  const marker = readCleanMarker(libraryPath);
  if (!marker) {
    return distrust(fs.existsSync(cleanMarkerPath(libraryPath)) ? 'its clean-close marker is unreadable' : 'it was not closed cleanly (or never opened by this version)');
  }
  const now = fileStateOf(libraryPath);
  if (!now) return distrust('the file is missing or too short for a header');
  const changed = (Object.keys(FIELD_NAMES) as Array<keyof FileState>).filter((key) => now[key] !== marker.file[key]);
  if (changed.length > 0) return distrust(`it changed since it was closed (${changed.map((key) => FIELD_NAMES[key]).join(', ')})`);
  if (sizeOf(`${libraryPath}-wal`) > 0) return distrust('its write-ahead log (-wal) holds changes made after the clean close');
  if (sizeOf(`${libraryPath}-journal`) > 0) return distrust('a rollback journal (-journal) lies beside it');
  if (marker.lastFullCheckAt === null) return distrust('it has not been checked whole since it was last found uncertain');
  return { trusted: true, lastFullCheckAt: marker.lastFullCheckAt };
}

/**
 * Remove the marker and make the removal durable (the folder is synced) before the library
 * is written to: a crash from here on must not find a marker vouching for the file.
 */
export function removeCleanMarker(libraryPath: string): void {
  const marker = cleanMarkerPath(libraryPath);
  fs.rmSync(`${marker}.tmp`, { force: true });
  try {
    fs.unlinkSync(marker);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  syncFolder(path.dirname(libraryPath));
}

/** Write the marker for the file as it is now: temp file, fsync, rename over, fsync the folder. */
export function writeCleanMarker(libraryPath: string, lastFullCheckAt: string | null, closedAt = new Date()): boolean {
  const file = fileStateOf(libraryPath);
  if (!file) return false;
  const marker: CleanCloseMarker = { format: 1, file, closedAt: closedAt.toISOString(), lastFullCheckAt };
  const destination = cleanMarkerPath(libraryPath);
  // One name (the lock admits one writer): a temp file a crash left is overwritten, never piles up.
  const temp = `${destination}.tmp`;
  try {
    fs.writeFileSync(temp, `${JSON.stringify(marker, null, 2)}\n`);
    syncFile(temp);
    fs.renameSync(temp, destination);
    syncFolder(path.dirname(libraryPath));
    return true;
  } catch {
    fs.rmSync(temp, { force: true });
    return false;
  }
}
