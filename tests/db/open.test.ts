import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/open';
import { LibraryInUseError, LibraryOpenError } from '../../db/errors';
import { lockPathFor } from '../../db/lock';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('openLibrary', () => {
  it('creates the folder and file, and runs with WAL, FULL sync, foreign keys on and untrusted schema', () => {
    const file = path.join(temp.dir, 'nested', 'library.sqlite');
    const library = openLibrary(file, { app: 'test' });
    try {
      expect(fs.existsSync(file)).toBe(true);
      expect(library.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(library.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(library.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(library.db.pragma('trusted_schema', { simple: true })).toBe(0);
      expect(library.migration.to).toBeGreaterThanOrEqual(1);
    } finally {
      library.close();
    }
  });

  it('holds the lock while open and releases it on close, with the WAL checkpointed', () => {
    const file = path.join(temp.dir, 'library.sqlite');
    const library = openLibrary(file, { app: 'first' });
    expect(() => openLibrary(file, { app: 'second' })).toThrow(LibraryInUseError);
    library.db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('x', '{}', 'a', 'b')`).run();
    library.close();
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
    const walSize = fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
    expect(walSize).toBe(0);
    const again = openLibrary(file, { app: 'second' });
    expect(again.db.prepare(`SELECT id FROM stories`).all()).toEqual([{ id: 'x' }]);
    again.close();
  });

  it('reports a file that is not a database as damaged, leaves its bytes alone and releases the lock', () => {
    const file = path.join(temp.dir, 'library.sqlite');
    const junk = Buffer.from('This is a note, not a database. '.repeat(200));
    fs.writeFileSync(file, junk);
    expect(() => openLibrary(file, { app: 'test' })).toThrow(LibraryOpenError);
    expect(() => openLibrary(file, { app: 'test' })).toThrow(/damaged or not a database/);
    expect(fs.readFileSync(file).equals(junk)).toBe(true);
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });
});
