import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, checkLibraryFile, quickCheck, sealAndCheckCopy, vacuumInto } from '../../db/backup';
import { openLibrary } from '../../db/open';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { makeTempDir } from '../helpers/tempDir';
import { addStory } from '../helpers/memoryLibrary';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('backup query module', () => {
  it('copies a live library online, in steps, into a self-contained file that checks out', async () => {
    const library = openLibrary(path.join(temp.dir, 'library.sqlite'), { app: 'test' });
    for (let i = 0; i < 400; i++) addStory(library.db, { headline: `Story ${i}`, text: 'word '.repeat(400) });
    const steps: number[] = [];
    const copy = path.join(temp.dir, 'copy.sqlite');
    await backupDatabase(library.db, copy, (done) => steps.push(done));
    expect(steps.length).toBeGreaterThan(1);
    expect(sealAndCheckCopy(copy)).toEqual({ ok: true, schemaVersion: LATEST_SCHEMA_VERSION, storyCount: 400 });
    expect(fs.existsSync(`${copy}-wal`)).toBe(false);
    const vacuumed = path.join(temp.dir, 'vacuumed.sqlite');
    vacuumInto(library.db, vacuumed);
    expect(checkLibraryFile(vacuumed)).toMatchObject({ ok: true, storyCount: 400 });
    library.close();
  });

  it('reports a damaged or foreign file, and quick_check finds overwritten pages', () => {
    const junk = path.join(temp.dir, 'junk.sqlite');
    fs.writeFileSync(junk, 'not a database at all'.repeat(100));
    expect(checkLibraryFile(junk)).toMatchObject({ ok: false, problem: expect.stringMatching(/not a database/) });
    const other = path.join(temp.dir, 'other.sqlite');
    new Database(other).exec('CREATE TABLE t (x)');
    expect(checkLibraryFile(other)).toMatchObject({ ok: false, problem: 'it is not a Copydesk library' });
    expect(checkLibraryFile(path.join(temp.dir, 'missing.sqlite')).ok).toBe(false);

    const file = path.join(temp.dir, 'library.sqlite');
    const library = openLibrary(file, { app: 'test' });
    for (let i = 0; i < 200; i++) addStory(library.db, { headline: `Story ${i}`, text: 'word '.repeat(300) });
    library.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 4096 * 3, 4096 * 3 + 2000);
    fs.writeFileSync(file, bytes);
    const db = new Database(file, { readonly: true });
    expect(() => quickCheck(db)).not.toThrow();
    expect(quickCheck(db).length).toBeGreaterThan(0);
    db.close();
  });
});
