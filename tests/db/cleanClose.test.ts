/**
 * The clean-close marker: a library closed cleanly and unchanged since opens without the
 * whole-file check; anything else that could have changed it (a crash, an edit that put the
 * modification time back, another file in its place, a WAL or journal beside it) gets the check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanMarkerPath, fileStateOf, readCleanMarker } from '../../db/cleanClose';
import { LibraryOpenError } from '../../db/errors';
import { openLibrary, type Library } from '../../db/open';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let file: string;
beforeEach(() => {
  temp = makeTempDir();
  file = path.join(temp.dir, 'library.sqlite');
});
afterEach(() => temp.cleanup());

const open = (options: { trustCleanClose?: boolean; integrityCheck?: boolean } = {}) => openLibrary(file, { app: 'test', ...options });

/** A library of a few hundred KB: stories with bodies, so pages in the middle hold real rows. */
function writeStories(library: Library, count = 60): void {
  const insert = library.db.prepare(`INSERT INTO stories (id, headline, body_json, body_text, created_at, updated_at) VALUES (?, ?, '{}', ?, 'a', 'b')`);
  library.db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`story-${i}`, `Harbour story ${i}`, `The ferry council voted on night ${i}. `.repeat(120));
  })();
}

function closedCleanly(): void {
  const library = open();
  writeStories(library);
  library.close();
}

/** Overwrite bytes in the middle of the file, as an editor or a sync tool might, keeping the size. */
function overwriteMiddle(): void {
  const bytes = fs.readFileSync(file);
  const at = Math.floor(bytes.length / 2 / 4096) * 4096;
  bytes.fill(0x5a, at, at + 4096);
  fs.writeFileSync(file, bytes);
}

describe('opening after a clean close', () => {
  it('writes the marker at close, and the next open skips the check and removes the marker before writing', () => {
    const first = open();
    expect(first.integrity).toEqual({ checked: 'full', reason: 'it is a new library' });
    writeStories(first);
    expect(fs.existsSync(cleanMarkerPath(file))).toBe(false);
    first.close();
    const marker = readCleanMarker(file)!;
    expect(marker.file).toEqual(fileStateOf(file));
    expect(marker.lastFullCheckAt).toBe(first.lastFullCheckAt);

    const second = open();
    try {
      expect(second.integrity.checked).toBe('skipped');
      expect(second.integrity.reason).toMatch(/closed cleanly and unchanged since; last checked whole at /);
      expect(second.lastFullCheckAt).toBe(marker.lastFullCheckAt);
      // While it is open (and may be written), nothing vouches for the file.
      expect(fs.existsSync(cleanMarkerPath(file))).toBe(false);
      expect(second.db.prepare(`SELECT count(*) FROM stories`).pluck().get()).toBe(60);
    } finally {
      second.close();
    }
    // The time of the last whole check is carried from close to close.
    expect(readCleanMarker(file)!.lastFullCheckAt).toBe(marker.lastFullCheckAt);
  });

  it('checks anyway when asked to, and records the new check time', () => {
    closedCleanly();
    const before = readCleanMarker(file)!.lastFullCheckAt!;
    const library = open({ trustCleanClose: false });
    expect(library.integrity).toEqual({ checked: 'full', reason: 'the caller asked for a full check' });
    library.close();
    expect(readCleanMarker(file)!.lastFullCheckAt! >= before).toBe(true);
  });

  it('checks after an open without the check, whose marker carries no check time', () => {
    closedCleanly();
    fs.rmSync(cleanMarkerPath(file));
    const unchecked = open({ integrityCheck: false });
    expect(unchecked.integrity.checked).toBe('off');
    unchecked.close();
    expect(readCleanMarker(file)!.lastFullCheckAt).toBeNull();
    const library = open();
    expect(library.integrity).toEqual({ checked: 'full', reason: 'it has not been checked whole since it was last found uncertain' });
    library.close();
  });

  it('writes no marker for a library found damaged while open', () => {
    const library = open();
    library.markDamaged();
    library.close();
    expect(fs.existsSync(cleanMarkerPath(file))).toBe(false);
  });
});

describe('what the marker does not vouch for', () => {
  it('a file edited with its modification time put back: the status-change time gives it away, and the damage is found', () => {
    closedCleanly();
    const marker = readCleanMarker(file)!;
    const { atime, mtime } = fs.statSync(file);
    overwriteMiddle();
    fs.utimesSync(file, atime, mtime);
    // Even with the exact nanoseconds back (utimes takes a double), the status-change time moved.
    fs.writeFileSync(cleanMarkerPath(file), JSON.stringify({ ...marker, file: { ...marker.file, mtimeNs: fileStateOf(file)!.mtimeNs } }));
    expect(fileStateOf(file)!.size).toBe(marker.file.size);
    expect(() => open()).toThrow(LibraryOpenError);
    expect(() => open()).toThrow(/damaged/);
  });

  it('the same edit without the times put back: its modification time', () => {
    closedCleanly();
    overwriteMiddle();
    expect(() => open()).toThrow(/damaged/);
  });

  it('another file in its place (a copy with the same times and bytes): the check runs', () => {
    closedCleanly();
    const { atime, mtime } = fs.statSync(file);
    const copy = path.join(temp.dir, 'copy.sqlite');
    fs.copyFileSync(file, copy);
    fs.utimesSync(copy, atime, mtime);
    fs.renameSync(copy, file);
    const library = open();
    expect(library.integrity.checked).toBe('full');
    expect(library.integrity.reason).toMatch(/another file is in its place/);
    library.close();
  });

  it('a -wal with content or a hot -journal beside it', () => {
    closedCleanly();
    fs.writeFileSync(`${file}-journal`, Buffer.alloc(512, 1));
    let library = open();
    expect(library.integrity).toMatchObject({ checked: 'full', reason: 'a rollback journal (-journal) lies beside it' });
    library.close();
    fs.rmSync(`${file}-journal`, { force: true });

    // A WAL of another session dropped in (SQLite finds its header wrong for this file and ignores it).
    expect(readCleanMarker(file)).toBeDefined();
    fs.writeFileSync(`${file}-wal`, Buffer.alloc(4096 + 32 + 24, 7));
    library = open();
    expect(library.integrity).toMatchObject({ checked: 'full', reason: 'its write-ahead log (-wal) holds changes made after the clean close' });
    library.close();
  });

  it('a marker that is not one', () => {
    closedCleanly();
    fs.writeFileSync(cleanMarkerPath(file), '{"format": 1, "file": "trust me"}');
    const library = open();
    expect(library.integrity).toEqual({ checked: 'full', reason: 'its clean-close marker is unreadable' });
    library.close();
  });
});
