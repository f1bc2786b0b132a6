/**
 * Corrupt libraries: damaged copies of a real library (truncated, pages zeroed, header bytes
 * flipped, not a database at all, a hot WAL lost after a partial checkpoint, ...). Each is
 * opened through the real core: it must be detected at open, moved aside with its bytes
 * unchanged (never written to), and the newest good backup must be offered and restore the
 * stories it holds. A few go through the command line as well.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodResult } from '../../electron/api/contract';
import { openCore, type Core } from '../../electron/core/core';
import { readCleanMarker } from '../../db/cleanClose';
import { openLibrary } from '../../db/open';
import type { DocJSON } from '../../story/document';
import { ok } from '../helpers/dispatchOk';
import { makeTempDir } from '../helpers/tempDir';
import { damageVariants, pagesByObject, PAGE, type LibraryFiles } from './damage';

const ROOT = path.resolve(__dirname, '../..');
const sha = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');
const docOf = (text: string): DocJSON => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const WORDS = ['harbour', 'ferry', 'council', 'vote', 'night', 'budget', 'minister', 'strike', 'tide', 'port', 'levy', 'dock'];
const BACKED_UP = 24;
const LATER = 20;

let temp: ReturnType<typeof makeTempDir>;
let pristine: LibraryFiles;
let hot: LibraryFiles;
let backupFile: string;
let backupBytes: Buffer;
let objectPages: Map<string, number[]>;
let pageCount: number;
const backedUpHeadlines = Array.from({ length: BACKED_UP }, (_, i) => `Council story ${i + 1}`);

function open(libraryPath: string, backupsDir: string): Core {
  return openCore({ libraryPath, backupsDir, mode: 'browser', app: 'Copydesk (corrupt library test)', log: () => {} });
}

async function addStories(core: Core, headlines: string[]): Promise<void> {
  for (const [i, headline] of headlines.entries()) {
    const text = Array.from({ length: 300 }, (_, w) => WORDS[(i * 7 + w * 3) % WORDS.length]).join(' ');
    await ok(core.dispatch('createStory', { headline, body: docOf(`${headline}. ${text}`) }));
  }
}

beforeAll(async () => {
  temp = makeTempDir('copydesk-corrupt-');
  const libraryPath = path.join(temp.dir, 'source', 'library.sqlite');
  const backupsDir = path.join(temp.dir, 'source', 'Backups');
  const core = open(libraryPath, backupsDir);
  await addStories(core, backedUpHeadlines);
  const backup = await ok<MethodResult<'backupNow'>>(core.dispatch('backupNow', {}));
  backupFile = backup.file;
  backupBytes = fs.readFileSync(backup.path);
  // Later work stays in the WAL: a copy taken now is a library with a hot WAL.
  core.library.db.pragma('wal_checkpoint(TRUNCATE)');
  core.library.db.pragma('wal_autocheckpoint = 0');
  await addStories(
    core,
    Array.from({ length: LATER }, (_, i) => `Later story ${i + 1}`),
  );
  hot = { main: fs.readFileSync(libraryPath), wal: fs.readFileSync(`${libraryPath}-wal`), shm: fs.readFileSync(`${libraryPath}-shm`) };
  core.close();
  pristine = { main: fs.readFileSync(libraryPath) };
  objectPages = pagesByObject(libraryPath);
  pageCount = pristine.main.length / PAGE;
}, 60_000);
afterAll(() => temp?.cleanup());

/** A fresh folder holding the damaged library and a backups folder with the one good backup. */
function setUp(name: string, files: LibraryFiles): { libraryPath: string; backupsDir: string } {
  const dir = fs.mkdtempSync(path.join(temp.dir, 'case-'));
  const libraryPath = path.join(dir, 'library.sqlite');
  const backupsDir = path.join(dir, 'Backups');
  fs.mkdirSync(backupsDir);
  fs.writeFileSync(path.join(backupsDir, backupFile), backupBytes);
  fs.writeFileSync(libraryPath, files.main);
  if (files.wal) fs.writeFileSync(`${libraryPath}-wal`, files.wal);
  if (files.shm) fs.writeFileSync(`${libraryPath}-shm`, files.shm);
  expect(name).toBeTruthy();
  return { libraryPath, backupsDir };
}

const variants = () => damageVariants(objectPages, pageCount);
// The list is built from the real library's pages, so the cases are numbered and looked up when they run.
const COUNT = 38;

function copydesk(dataHome: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'node', 'cli.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, XDG_DATA_HOME: dataHome } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('a damaged library', () => {
  it('is a real library with pages of every kind the damage aims at', () => {
    expect(pageCount).toBeGreaterThan(40);
    expect(hot.wal!.length).toBeGreaterThan(32 + 10 * (PAGE + 24));
    expect(damageVariants(objectPages, pageCount).length).toBeGreaterThanOrEqual(30);
  });

  it('has as many cases below as there are damage variants', () => {
    expect(variants()).toHaveLength(COUNT);
  });

  for (let index = 0; index < COUNT; index++) {
    it(`case ${index + 1}: is detected at open, moved aside unchanged, and the newest good backup restores its stories`, async () => {
      const variant = variants()[index]!;
      const files = variant.make(pristine, hot);
      const { libraryPath, backupsDir } = setUp(variant.name, files);
      const before = sha(files.main);
      const core = open(libraryPath, backupsDir);
      try {
        expect(core.state, `${variant.name}: not detected`).toBe('recovery');
        const state = (await ok<MethodResult<'getRecoveryState'>>(core.dispatch('getRecoveryState', {})))!;
        expect(state.problem.length, variant.name).toBeGreaterThan(0);
        const moved = state.movedTo[0]!;
        expect(moved, variant.name).toMatch(/library\.damaged-\d{8}T\d{9}Z\.sqlite$/);
        expect(sha(fs.readFileSync(moved)), `${variant.name}: the damaged file was written to`).toBe(before);
        expect(fs.existsSync(libraryPath), variant.name).toBe(false);
        expect(state.newestGood?.file, variant.name).toBe(backupFile);

        expect(await ok(core.dispatch('restoreBackup', { file: backupFile }))).toEqual({ storyCount: BACKED_UP });
        expect(core.state).toBe('open');
        const rows = (await ok<MethodResult<'queryLibrary'>>(core.dispatch('queryLibrary', { limit: 500 }))).rows;
        expect(rows.map((row) => row.headline).toSorted(), variant.name).toEqual(backedUpHeadlines.toSorted());
        // Restoring never touched the damaged copy either.
        expect(sha(fs.readFileSync(moved)), variant.name).toBe(before);
      } finally {
        core.close();
      }
    });
  }
});

describe('a damaged library that had been closed cleanly', () => {
  // Damage that comes while the app is closed: the file was vouched for by its clean-close
  // marker, then changed in place (same file, same path) with its modification time put back.
  for (let index = 0; index < COUNT; index++) {
    it(`case ${index + 1}: the marker does not hide it: detected at open and moved aside unchanged`, () => {
      const variant = variants()[index]!;
      const { libraryPath, backupsDir } = setUp(variant.name, pristine);
      openLibrary(libraryPath, { app: 'clean close' }).close();
      expect(readCleanMarker(libraryPath), variant.name).toBeDefined();
      const { atime, mtime } = fs.statSync(libraryPath);
      const files = variant.make(pristine, hot);
      fs.writeFileSync(libraryPath, files.main);
      if (files.wal) fs.writeFileSync(`${libraryPath}-wal`, files.wal);
      if (files.shm) fs.writeFileSync(`${libraryPath}-shm`, files.shm);
      fs.utimesSync(libraryPath, atime, mtime);
      const core = open(libraryPath, backupsDir);
      try {
        expect(core.state, `${variant.name}: not detected`).toBe('recovery');
        const moved = fs.readdirSync(path.dirname(libraryPath)).find((name) => /^library\.damaged-.*\.sqlite$/.test(name))!;
        expect(sha(fs.readFileSync(path.join(path.dirname(libraryPath), moved))), `${variant.name}: the damaged file was written to`).toBe(sha(files.main));
      } finally {
        core.close();
      }
    });
  }
});

describe('a damaged library on the command line', () => {
  beforeAll(() => {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--node-only', '--quiet']);
    expect(built.status, built.stderr?.toString()).toBe(0);
  }, 120_000);


  for (const which of ['page 1 (header and schema) zeroed', 'truncated to half its pages']) {
    it(`${which}: a command says it was moved aside and names the backup; restore brings the stories back`, () => {
      const variant = variants().find((v) => v.name === which)!;
      const files = variant.make(pristine, hot);
      const { libraryPath, backupsDir } = setUp(variant.name, files);
      const before = sha(files.main);
      const refused = copydesk(temp.dir, 'new', '--library', libraryPath, '--headline', 'Written into a damaged library?');
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/damaged/);
      expect(refused.err).toMatch(/moved aside to \S*library\.damaged-/);
      const moved = fs.readdirSync(path.dirname(libraryPath)).find((name) => /^library\.damaged-.*\.sqlite$/.test(name))!;
      expect(sha(fs.readFileSync(path.join(path.dirname(libraryPath), moved)))).toBe(before);

      const restored = copydesk(temp.dir, 'restore', '--library', libraryPath, '--from', path.join(backupsDir, backupFile));
      expect(restored.code, restored.err).toBe(0);
      const listed = copydesk(temp.dir, 'list', '--library', libraryPath, '--json');
      expect(listed.code, listed.err).toBe(0);
      expect((JSON.parse(listed.out) as Array<{ headline: string }>).map((story) => story.headline).toSorted()).toEqual(backedUpHeadlines.toSorted());
    }, 90_000);
  }
});
