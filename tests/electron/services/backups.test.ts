import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodResult } from '../../../electron/api/contract';
import { openCore, type Core } from '../../../electron/core/core';
import { backupFolderFor, listBackupFiles } from '../../../electron/services/backups/backupFiles';
import { checkLibraryFile } from '../../../db/backup';
import { migrate } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { makeTempDir } from '../../helpers/tempDir';
import { failed, ok } from '../../helpers/dispatchOk';

let temp: ReturnType<typeof makeTempDir>;
let libraryPath: string;
let backupsDir: string;
const cores: Core[] = [];
beforeEach(() => {
  temp = makeTempDir();
  libraryPath = path.join(temp.dir, 'Library', 'library.sqlite');
  backupsDir = path.join(temp.dir, 'Backups');
});
afterEach(() => {
  cores.splice(0).forEach((core) => core.close());
  temp.cleanup();
});

function open(extra: { background?: boolean } = {}): Core {
  const core = openCore({ libraryPath, mode: 'browser', app: 'test', log: () => {}, backupsDir, ...extra });
  cores.push(core);
  return core;
}

const headlines = async (core: Core) => (await ok<MethodResult<'queryLibrary'>>(core.dispatch('queryLibrary', {}))).rows.map((r) => r.headline);

/** Overwrite bytes in the middle of the file, as a failing disk would. */
function damage(file: string): Buffer {
  const bytes = fs.readFileSync(file);
  bytes.fill(0x5a, 4096 * 2, Math.min(bytes.length, 4096 * 6));
  fs.writeFileSync(file, bytes);
  return bytes;
}

async function libraryWithBackup(): Promise<void> {
  const core = open();
  for (const headline of ['Ferry fares', 'Budget vote']) await ok(core.dispatch('createStory', { headline, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'word '.repeat(2000) }] }] } }));
  await ok(core.dispatch('backupNow', {}));
  core.close();
  cores.pop();
}

describe('backups', () => {
  it('keeps each library’s backups in its own folder outside the library’s, by name and path', () => {
    const a = backupFolderFor('/home/ana/Copydesk/library.sqlite', '/home/ana/.local/share/Copydesk');
    const b = backupFolderFor('/media/usb/library.sqlite', '/home/ana/.local/share/Copydesk');
    expect(a).toMatch(/^\/home\/ana\/\.local\/share\/Copydesk\/Backups\/library-[0-9a-f]{8}$/);
    expect(b).not.toBe(a);
  });

  it('writes checked backups under their final name only, and keeps the newest N', async () => {
    const core = open();
    await ok(core.dispatch('updateSettings', { backupsKept: 3 }));
    await ok(core.dispatch('createStory', { headline: 'Kept' }));
    for (let i = 0; i < 5; i++) await ok(core.dispatch('backupNow', {}));
    const overview = await ok<MethodResult<'listBackups'>>(core.dispatch('listBackups', {}));
    expect(overview).toMatchObject({ folder: backupsDir, kept: 3, intervalMinutes: 60 });
    expect(overview.backups).toHaveLength(3);
    expect(fs.readdirSync(backupsDir).filter((name) => !name.startsWith('backup-'))).toEqual([]);
    for (const backup of overview.backups) expect(checkLibraryFile(backup.path)).toMatchObject({ ok: true, storyCount: 1 });
    expect(overview.backups[0]!.reason).toBe('manual');
  });

  it('backs up an existing library before migrating it, as it was', () => {
    fs.mkdirSync(path.dirname(libraryPath), { recursive: true });
    const old = new Database(libraryPath);
    migrate(old, libraryPath, MIGRATIONS.slice(0, 4));
    old.prepare(`INSERT INTO stories (id, headline, body_json, created_at, updated_at) VALUES ('a', 'Old story', '{"type":"doc","content":[{"type":"paragraph"}]}', 'x', 'x')`).run();
    old.close();
    const core = open();
    expect(core.state).toBe('open');
    const [backup] = listBackupFiles(backupsDir);
    expect(backup).toMatchObject({ reason: 'before-migration' });
    expect(checkLibraryFile(backup!.path)).toMatchObject({ ok: true, schemaVersion: 4, storyCount: 1 });
  });

  it('waits for a running import before backing up (an online backup restarts on every write)', async () => {
    const core = open();
    const { jobId } = await ok<MethodResult<'beginImport'>>(core.dispatch('beginImport', { fileCount: 1 }));
    expect(await failed(core.dispatch('backupNow', {}))).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/import/) });
    await ok(core.dispatch('finishImport', { jobId }));
    await ok(core.dispatch('backupNow', {}));
  });

  it('takes no backup before migrating a brand-new library', () => {
    open();
    expect(listBackupFiles(backupsDir)).toEqual([]);
  });

  it('backs up on shutdown only when something changed', async () => {
    let core = open({ background: true });
    await ok(core.dispatch('createStory', { headline: 'Typed' }));
    await core.shutdown();
    cores.pop();
    expect(listBackupFiles(backupsDir).map((b) => b.reason)).toEqual(['quit']);
    core = open({ background: true });
    await ok(core.dispatch('queryLibrary', {}));
    await core.shutdown();
    cores.pop();
    expect(listBackupFiles(backupsDir)).toHaveLength(1);
  });

  it('restores a backup in the running app, backing up the current library first', async () => {
    await libraryWithBackup();
    const core = open();
    await ok(core.dispatch('createStory', { headline: 'Written after the backup' }));
    const [backup] = listBackupFiles(backupsDir);
    expect(await ok(core.dispatch('restoreBackup', { file: backup!.file }))).toEqual({ storyCount: 2 });
    expect((await headlines(core)).toSorted()).toEqual(['Budget vote', 'Ferry fares']);
    const safety = listBackupFiles(backupsDir).find((b) => b.reason === 'before-restore')!;
    expect(checkLibraryFile(safety.path)).toMatchObject({ ok: true, storyCount: 3 });
    expect((await failed(core.dispatch('restoreBackup', { file: 'backup-20000101T000000000Z-manual.sqlite' }))).code).toBe('not_found');
  });
});

const scheduled = (core: Core) => core.backups.list().filter((backup) => backup.reason === 'scheduled');

describe('the backup schedule of the running app', () => {
  afterEach(() => vi.useRealTimers());
  const MINUTE = 60_000;

  it('takes a changed interval at once, counted from the last backup; other settings postpone nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const core = open({ background: true });
    await ok(core.dispatch('createStory', { headline: 'Harbour ferry fares rise' }));
    await vi.advanceTimersByTimeAsync(20 * MINUTE);
    await ok(core.dispatch('updateSettings', { checkerName: 'Ana' }));
    expect(scheduled(core)).toEqual([]);

    // 20 minutes waited, the new interval is 15: it backs up now, not 15 minutes from now.
    await ok(core.dispatch('updateSettings', { backupIntervalMinutes: 15 }));
    await vi.advanceTimersByTimeAsync(0);
    vi.useRealTimers();
    await vi.waitFor(() => expect(scheduled(core)).toHaveLength(1), { timeout: 5000 });
  });
});

describe('a damaged library', () => {
  it('is moved aside byte for byte, and the app starts in recovery offering the newest good backup', async () => {
    await libraryWithBackup();
    const damagedBytes = damage(libraryPath);
    // A newer backup that is itself damaged is passed over.
    fs.writeFileSync(path.join(backupsDir, 'backup-29990101T000000000Z-scheduled.sqlite'), 'broken');
    const core = open();
    expect(core.state).toBe('recovery');
    const state = await ok<MethodResult<'getRecoveryState'>>(core.dispatch('getRecoveryState', {}));
    expect(state).not.toBeNull();
    expect(state!.movedTo[0]).toMatch(/library\.damaged-\d{8}T\d{9}Z\.sqlite$/);
    expect(fs.readFileSync(state!.movedTo[0]!).equals(damagedBytes)).toBe(true);
    expect(fs.existsSync(libraryPath)).toBe(false);
    expect(state!.backups).toHaveLength(2);
    expect(state!.newestGood?.reason).toBe('manual');

    const refused = await failed(core.dispatch('queryLibrary', {}));
    expect(refused).toMatchObject({ code: 'library_damaged', message: expect.stringMatching(/moved aside to .*damaged/) });

    expect(await ok(core.dispatch('restoreBackup', { file: state!.newestGood!.file }))).toEqual({ storyCount: 2 });
    expect(core.state).toBe('open');
    expect(await ok(core.dispatch('getRecoveryState', {}))).toBeNull();
    expect((await headlines(core)).toSorted()).toEqual(['Budget vote', 'Ferry fares']);
    expect(fs.existsSync(state!.movedTo[0]!)).toBe(true);
  });

  it('is recognised when its header is overwritten too, and an empty library can be started instead', async () => {
    await libraryWithBackup();
    const bytes = fs.readFileSync(libraryPath);
    bytes.fill(0, 0, 100);
    fs.writeFileSync(libraryPath, bytes);
    const core = open();
    expect(core.state).toBe('recovery');
    expect((await failed(core.dispatch('startFreshLibrary', {}))).code).toBe('invalid_input');
    expect(await ok(core.dispatch('startFreshLibrary', { confirm: true }))).toEqual({ storyCount: 0 });
    expect(await headlines(core)).toEqual([]);
  });

  it('refuses a damaged backup, naming what is wrong', async () => {
    await libraryWithBackup();
    damage(libraryPath);
    const file = 'backup-29990101T000000000Z-manual.sqlite';
    fs.writeFileSync(path.join(backupsDir, file), 'broken');
    const core = open();
    expect((await failed(core.dispatch('restoreBackup', { file }))).message).toMatch(/cannot be used/);
    expect(core.state).toBe('recovery');
  });
});
