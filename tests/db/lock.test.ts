import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLibraryLock, lockPathFor, processStartTime, type LockHolder } from '../../db/lock';
import { LibraryInUseError, LibraryOpenError } from '../../db/errors';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let library: string;

beforeEach(() => {
  temp = makeTempDir();
  library = path.join(temp.dir, 'library.sqlite');
});
afterEach(() => temp.cleanup());

function writeLock(holder: Partial<LockHolder>): void {
  const full: LockHolder = { pid: 1, host: os.hostname(), app: 'Copydesk', startedAt: '2026-01-01T00:00:00.000Z', nonce: 'abc', ...holder };
  fs.writeFileSync(lockPathFor(library), JSON.stringify(full));
}

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('library lock', () => {
  it('is taken, written with pid, host and start time, and removed on release', () => {
    const lock = acquireLibraryLock(library, 'Copydesk tests');
    const written = JSON.parse(fs.readFileSync(lockPathFor(library), 'utf8')) as LockHolder;
    expect(written).toMatchObject({ pid: process.pid, host: os.hostname(), app: 'Copydesk tests' });
    expect(Date.parse(written.startedAt)).not.toBeNaN();
    lock.release();
    expect(fs.existsSync(lockPathFor(library))).toBe(false);
  });

  it('refuses a second holder with a message naming the first', () => {
    const lock = acquireLibraryLock(library, 'Copydesk (browser mode)');
    try {
      expect(() => acquireLibraryLock(library, 'Copydesk')).toThrow(LibraryInUseError);
      expect(() => acquireLibraryLock(library, 'Copydesk')).toThrow(
        new RegExp(`in use by Copydesk \\(browser mode\\) \\(process ${process.pid} on ${os.hostname()}`),
      );
    } finally {
      lock.release();
    }
  });

  it('refuses a lock held by another live process', async () => {
    const child = spawn('sleep', ['30']);
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      writeLock({ pid: child.pid!, processStart: processStartTime(child.pid!) });
      expect(() => acquireLibraryLock(library, 'Copydesk')).toThrow(LibraryInUseError);
    } finally {
      child.kill();
    }
  });

  it('takes over a stale lock left by a dead process', () => {
    writeLock({ pid: deadPid(), nonce: 'stale' });
    const lock = acquireLibraryLock(library, 'Copydesk');
    const written = JSON.parse(fs.readFileSync(lockPathFor(library), 'utf8')) as LockHolder;
    expect(written.pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose pid now belongs to a different process', () => {
    writeLock({ pid: process.pid, processStart: '1', nonce: 'reused' });
    const lock = acquireLibraryLock(library, 'Copydesk');
    expect(lock.holder.pid).toBe(process.pid);
    lock.release();
  });

  it('does not take over a lock of another host, whose processes it cannot see', () => {
    writeLock({ pid: deadPid(), host: 'another-host.example' });
    expect(() => acquireLibraryLock(library, 'Copydesk')).toThrow(/on another-host\.example/);
  });

  it('treats a fresh unreadable lock as being written, and an old one as stale', () => {
    fs.writeFileSync(lockPathFor(library), '{"pid": 12');
    expect(() => acquireLibraryLock(library, 'Copydesk')).toThrow(LibraryOpenError);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockPathFor(library), old, old);
    acquireLibraryLock(library, 'Copydesk').release();
  });

  it('release leaves a lock that is no longer ours alone', () => {
    const lock = acquireLibraryLock(library, 'Copydesk');
    writeLock({ pid: 4242, nonce: 'someone-else' });
    lock.release();
    expect(fs.existsSync(lockPathFor(library))).toBe(true);
  });
});
