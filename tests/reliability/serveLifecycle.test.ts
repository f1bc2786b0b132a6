/**
 * The real `copydesk serve` (the built CLI): a clean quit by signal loses nothing and leaves the
 * WAL checkpointed; two writers on one library (two servers, or the desktop app's core and a
 * server) are refused with the holder named; a stale lock of a killed server is taken over.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { HOLDER_NAMES } from '../../electron/core/holderNames';
import { LibraryInUseError } from '../../db/errors';
import { lockPathFor, type LockHolder } from '../../db/lock';
import { backupFolderFor, listBackupFiles } from '../../electron/services/backups/backupFiles';
import { defaultDataDir } from '../../electron/core/paths';
import { makeTempDir } from '../helpers/tempDir';

const ROOT = path.resolve(__dirname, '../..');

interface Served {
  child: ChildProcess;
  port: number;
  token: string;
  exited: Promise<number | null>;
}

let temp: ReturnType<typeof makeTempDir>;
let libraryPath: string;
const running: ChildProcess[] = [];

beforeAll(() => {
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--quiet']);
  expect(built.status, built.stderr?.toString()).toBe(0);
}, 180_000);
beforeEach(() => {
  temp = makeTempDir('copydesk-serve-');
  libraryPath = path.join(temp.dir, 'library.sqlite');
});
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  temp.cleanup();
});

/** `copydesk serve`; resolves with its address, or with its exit code and stderr when it refuses to start. */
function serve(): Promise<Served | { code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'node', 'cli.cjs'), 'serve', '--library', libraryPath, '--no-open', '--port', '0'], {
    env: { ...process.env, XDG_DATA_HOME: temp.dir },
  });
  running.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Copydesk is running at (\S+)/.exec(out);
      if (match) {
        const url = new URL(match[1]!);
        resolve({ child, port: Number(url.port), token: url.searchParams.get('token')!, exited });
      }
    });
    void exited.then((code) => resolve({ code, stderr }));
  });
}

function started(result: Served | { code: number | null; stderr: string }): Served {
  if (!('port' in result)) throw new Error(`copydesk serve did not start (${result.code}): ${result.stderr}`);
  return result;
}

async function call<T>(server: Served, method: string, input: unknown): Promise<T> {
  const origin = `http://127.0.0.1:${server.port}`;
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, origin, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}

const readHolder = (): LockHolder => JSON.parse(fs.readFileSync(lockPathFor(libraryPath), 'utf8')) as LockHolder;

describe('copydesk serve', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`quits cleanly on ${signal}: every acknowledged save is in the main file, the WAL is checkpointed, a backup on quit is taken, the lock released`, async () => {
      const server = started(await serve());
      const story = await call<{ id: string; version: number }>(server, 'createStory', { headline: 'First words' });
      let version = story.version;
      for (let i = 1; i <= 5; i++) version = (await call<{ version: number }>(server, 'saveStory', { id: story.id, baseVersion: version, changes: { headline: `Edit ${i}` } })).version;
      expect(fs.statSync(`${libraryPath}-wal`).size).toBeGreaterThan(0);

      server.child.kill(signal);
      expect(await server.exited).toBe(0);
      const walBytes = fs.existsSync(`${libraryPath}-wal`) ? fs.statSync(`${libraryPath}-wal`).size : 0;
      expect(walBytes).toBe(0);
      expect(fs.existsSync(lockPathFor(libraryPath))).toBe(false);
      const backups = listBackupFiles(backupFolderFor(libraryPath, defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: temp.dir }, home: os.homedir() })));
      expect(backups.map((backup) => backup.reason)).toEqual(['quit']);
      // The main file on its own holds the last edit.
      const alone = path.join(temp.dir, 'main-file-only.sqlite');
      fs.copyFileSync(libraryPath, alone);
      const db = new Database(alone, { readonly: true });
      expect(db.prepare(`SELECT headline FROM stories WHERE id = ?`).pluck().get(story.id)).toBe('Edit 5');
      db.close();
    }, 60_000);
  }

  it('refuses a second server on the same library, naming the holder (app, process, host, since when); it is taken over once the first is killed', async () => {
    const first = started(await serve());
    const holder = readHolder();
    const second = await serve();
    expect('code' in second && second.code).toBe(1);
    const message = (second as { stderr: string }).stderr;
    expect(message).toContain(`is in use by ${HOLDER_NAMES.browser} (process ${first.child.pid} on ${os.hostname()}, since ${holder.startedAt})`);
    expect(message).toMatch(/Close it there first/);
    expect(readHolder().nonce).toBe(holder.nonce);

    // A killed server leaves its lock behind: stale (its process is gone), so the next server takes it.
    first.child.kill('SIGKILL');
    await first.exited;
    expect(readHolder().pid).toBe(first.child.pid);
    const third = started(await serve());
    expect(readHolder()).toMatchObject({ pid: third.child.pid, app: HOLDER_NAMES.browser });
    const stories = await call<unknown[]>(third, 'listStories', {});
    expect(Array.isArray(stories)).toBe(true);
  }, 90_000);

  it('and the desktop app share one lock: each refuses the other, naming it', async () => {
    // The desktop app's core, opened as electron/main/main.ts opens it.
    const desktop = openCore({ libraryPath, mode: 'electron', app: HOLDER_NAMES.desktop, log: () => {}, backupsDir: path.join(temp.dir, 'Backups') });
    const refused = await serve();
    expect('code' in refused && refused.code).toBe(1);
    expect((refused as { stderr: string }).stderr).toContain(`is in use by ${HOLDER_NAMES.desktop} (process ${process.pid} on ${os.hostname()}, since `);
    desktop.close();

    const server = started(await serve());
    let error: unknown;
    try {
      openCore({ libraryPath, mode: 'electron', app: HOLDER_NAMES.desktop, log: () => {}, backupsDir: path.join(temp.dir, 'Backups') }).close();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LibraryInUseError);
    expect((error as Error).message).toContain(`is in use by ${HOLDER_NAMES.browser} (process ${server.child.pid} on ${os.hostname()}, since `);
  }, 90_000);
});
