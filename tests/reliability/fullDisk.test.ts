/**
 * A full disk. The library's is real SQLite behaviour (PRAGMA max_page_count makes a write
 * that needs a new page fail with SQLITE_FULL); export and backup files get an injected
 * ENOSPC / SQLITE_FULL part-way through writing (FakeFullDisk). In each case the user is told
 * the disk is full, nothing half-written is left, what was there before is intact, and work
 * goes on once there is room. (The editor's side, "Not saved" with the journal keeping the
 * text, is the browser-mode test in tests/e2e/editor-saving.spec.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodResult } from '../../electron/api/contract';
import { openCore, type Core } from '../../electron/core/core';
import { injectFileWrites, type WriteBytes } from '../../electron/services/export/atomicWrite';
import { createBackupService, type CopyDatabase } from '../../electron/services/backups/backupService';
import { backupDatabase } from '../../db/backup';
import { NO_PAGE_LIMIT, pageCount, setMaxPageCount } from '../../db/testHooks';
import type { DocJSON } from '../../story/document';
import { failed, ok } from '../helpers/dispatchOk';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
beforeEach(() => {
  temp = makeTempDir('copydesk-full-');
  core = openCore({ libraryPath: path.join(temp.dir, 'library.sqlite'), backupsDir: path.join(temp.dir, 'Backups'), mode: 'browser', app: 'full disk tests', log: () => {}, exportFolders: 'anywhere' });
});
afterEach(() => {
  injectFileWrites(undefined);
  core.close();
  temp.cleanup();
});

const docOf = (...paragraphs: string[]): DocJSON => ({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
const longDoc = (label: string) => docOf(...Array.from({ length: 300 }, (_, i) => `${label} paragraph ${i}: the ferry council voted again on the night levy.`));

function storedBodyText(id: string): string {
  return core.library.db.prepare(`SELECT body_text FROM stories WHERE id = ?`).pluck().get(id) as string;
}

/** A disk that takes `fraction` of a file's bytes, then reports ENOSPC, as a full disk does. */
function fakeFullDisk(fraction = 0.5): WriteBytes {
  return async (handle, bytes) => {
    await handle.write(bytes.subarray(0, Math.floor(bytes.length * fraction)));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  };
}

/** SQLite reports a full disk during a backup as SQLITE_FULL, after part of the copy is on disk. */
const fakeFullDiskCopy: CopyDatabase = async (db, destination) => {
  await backupDatabase(db, destination);
  fs.truncateSync(destination, Math.floor(fs.statSync(destination).size / 2));
  throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
};

describe('a full disk', () => {
  it('library: a save that hits SQLITE_FULL says the disk is full, changes nothing, and the same save goes through once there is room', async () => {
    const story = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', { headline: 'Night levy', body: docOf('Before the disk filled up.') }));
    const db = core.library.db;
    setMaxPageCount(db, pageCount(db));

    const save: MethodInput<'saveStory'> = { id: story.id, baseVersion: story.version, changes: { body: longDoc('Typed while full') } };
    const refused = await failed(core.dispatch('saveStory', save));
    expect(refused.code).toBe('disk_full');
    expect(refused.message).toMatch(/disk is full/i);
    expect(storedBodyText(story.id)).toBe('Before the disk filled up.');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    setMaxPageCount(db, NO_PAGE_LIMIT);
    const saved = await ok<MethodResult<'saveStory'>>(core.dispatch('saveStory', save));
    expect(saved.version).toBe(story.version + 1);
    expect(storedBodyText(story.id)).toContain('Typed while full paragraph 299');
  });

  it('export: a file that hits ENOSPC is reported, leaves no partial or temporary file, and the previous export is intact', async () => {
    const out = path.join(temp.dir, 'Exports');
    fs.mkdirSync(out);
    const story = await ok<MethodResult<'createStory'>>(core.dispatch('createStory', { headline: 'Night levy', slug: 'night-levy', body: longDoc('First') }));
    const exportOnce = async () => {
      const { jobId } = await ok<MethodResult<'startExport'>>(
        core.dispatch('startExport', { scope: { storyIds: [story.id] }, formats: ['html', 'md'], destination: { kind: 'folder', path: out }, onExisting: 'replace' }),
      );
      return ok<MethodResult<'getExportResult'>>(core.dispatch('getExportResult', { jobId }));
    };
    expect((await exportOnce()).failed).toEqual([]);
    const before = Object.fromEntries(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name), 'utf8')]));
    expect(Object.keys(before).toSorted()).toEqual(['night-levy.html', 'night-levy.md']);

    await ok(core.dispatch('saveStory', { id: story.id, baseVersion: story.version, changes: { body: longDoc('Second') } }));
    injectFileWrites(fakeFullDisk());
    const full = await exportOnce();
    expect(full.written).toEqual([]);
    expect(full.failed).toHaveLength(1);
    expect(full.failed[0]!.message).toMatch(/night-levy\.html: the disk is full; nothing was written for this file/);
    expect(full.failed[0]!.message).toMatch(/night-levy\.md: the disk is full/);
    const after = Object.fromEntries(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name), 'utf8')]));
    expect(after).toEqual(before);

    injectFileWrites(undefined);
    expect((await exportOnce()).failed).toEqual([]);
    expect(fs.readdirSync(out).toSorted()).toEqual(['night-levy.html', 'night-levy.md']);
    expect(fs.readFileSync(path.join(out, 'night-levy.md'), 'utf8')).toContain('Second paragraph 299');
  });

  it('backup: a copy that hits a full disk says so, leaves no partial file, and the backups already there are untouched', async () => {
    await ok(core.dispatch('createStory', { headline: 'Night levy', body: longDoc('Backed up') }));
    const folder = path.join(temp.dir, 'Backups');
    const good = await ok<MethodResult<'backupNow'>>(core.dispatch('backupNow', {}));
    const goodBytes = fs.readFileSync(good.path);

    const service = createBackupService({ folder, keep: () => 20, copyDatabase: fakeFullDiskCopy });
    await expect(service.backup(core.library.db, 'manual')).rejects.toMatchObject({ code: 'disk_full', message: expect.stringMatching(/disk is full: the backup was not written/) });
    expect(fs.readdirSync(folder)).toEqual([good.file]);
    expect(fs.readFileSync(good.path).equals(goodBytes)).toBe(true);
    expect(service.list().map((backup) => backup.file)).toEqual([good.file]);

    const roomAgain = createBackupService({ folder, keep: () => 20 });
    const next = await roomAgain.backup(core.library.db, 'manual');
    expect(roomAgain.list().map((backup) => backup.file)).toEqual([next.file, good.file]);
  });
});
