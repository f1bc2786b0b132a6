import fs from 'node:fs';
import os from 'node:os';
import crypto from 'node:crypto';
import { LibraryInUseError, LibraryOpenError } from './errors';

/** Who holds a library, as written in its lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  app: string;
  startedAt: string;
  /** Linux: the process's start time in clock ticks since boot, to tell a reused pid from the holder. */
  processStart?: string;
  /** Distinguishes two locks taken by the same process. */
  nonce: string;
}

export interface LibraryLock {
  readonly path: string;
  readonly holder: LockHolder;
  release(): void;
}

export function lockPathFor(libraryPath: string): string {
  return `${libraryPath}.lock`;
}

/** Start time of a process from /proc (Linux only); undefined elsewhere or when it is gone. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) may hold spaces, so count from its closing parenthesis.
    const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return afterName[19];
  } catch {
    return undefined;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A holder on this host whose process is gone (or whose pid now belongs to another process). */
export function isStale(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return false;
  if (!isProcessAlive(holder.pid)) return true;
  if (holder.processStart === undefined) return false;
  const current = processStartTime(holder.pid);
  return current !== undefined && current !== holder.processStart;
}

function readHolder(file: string): LockHolder | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
  try {
    const parsed = JSON.parse(text) as LockHolder;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') return parsed;
  } catch {
    // fall through
  }
  return 'unreadable';
}

const UNREADABLE_GRACE_MS = 5_000;

function writeExclusive(file: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, JSON.stringify(holder));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Take the library's lock, or throw LibraryInUseError naming the holder.
 * A lock left by a dead process on this host is taken over.
 */
export function acquireLibraryLock(libraryPath: string, app: string): LibraryLock {
  const file = lockPathFor(libraryPath);
  const holder: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    app,
    startedAt: new Date().toISOString(),
    processStart: processStartTime(process.pid),
    nonce: crypto.randomBytes(8).toString('hex'),
  };

  for (let attempt = 0; attempt < 5; attempt++) {
    if (writeExclusive(file, holder)) return heldLock(file, holder);

    const existing = readHolder(file);
    if (existing === 'missing') continue;
    if (existing === 'unreadable') {
      // Possibly being written this instant by another process; only an old unreadable file is stale.
      const age = Date.now() - safeMtime(file);
      if (age < UNREADABLE_GRACE_MS) {
        throw new LibraryOpenError('library_in_use', `The library ${libraryPath} is being opened by another process right now; try again in a moment.`);
      }
    } else if (!isStale(existing)) {
      throw new LibraryInUseError(libraryPath, existing);
    }
    takeOverStale(file, existing);
  }
  throw new Error(`Could not take the lock of ${libraryPath}: it kept changing hands.`);
}

/** Move the stale lock aside; if what moved is not what we judged stale, put it back. */
function takeOverStale(file: string, judged: LockHolder | 'unreadable'): void {
  const aside = `${file}.stale-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  const sameLock =
    judged === 'unreadable' ? moved === 'unreadable' : typeof moved === 'object' && moved.nonce === judged.nonce && moved.pid === judged.pid;
  if (!sameLock) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // Someone holds a newer lock at the path already; theirs wins.
    }
  }
  fs.rmSync(aside, { force: true });
}

function safeMtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function heldLock(file: string, holder: LockHolder): LibraryLock {
  let released = false;
  return {
    path: file,
    holder,
    release() {
      if (released) return;
      released = true;
      const current = readHolder(file);
      if (typeof current === 'object' && current.nonce === holder.nonce) fs.rmSync(file, { force: true });
    },
  };
}
