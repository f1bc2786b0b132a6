import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problemWithHeader, problemWithLibraryFiles } from '../../db/fileCheck';
import { openLibrary } from '../../db/open';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

/** A library's files as a kill -9 leaves them: main file, a -wal holding commits, its -shm. */
function killedLibrary(): string {
  const file = path.join(temp.dir, 'library.sqlite');
  const library = openLibrary(file, { app: 'test' });
  library.db.pragma('wal_autocheckpoint = 0');
  library.db.exec(`CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('${'x'.repeat(20_000)}')`);
  const copy = path.join(temp.dir, 'killed.sqlite');
  for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(`${file}${suffix}`, `${copy}${suffix}`);
  library.close();
  return copy;
}

describe('checking a library’s files before SQLite opens them', () => {
  it('passes a library that does not exist yet, and one left by a kill with its WAL and index', () => {
    expect(problemWithLibraryFiles(path.join(temp.dir, 'new.sqlite'))).toBeUndefined();
    expect(problemWithLibraryFiles(killedLibrary())).toBeUndefined();
  });

  it('finds a hot WAL that went missing or was cut short, from what its index says it holds', () => {
    const file = killedLibrary();
    const wal = fs.readFileSync(`${file}-wal`);
    fs.writeFileSync(`${file}-wal`, wal.subarray(0, wal.length - 100));
    expect(problemWithLibraryFiles(file)).toMatch(/write-ahead log \(-wal\) is cut short/);
    fs.rmSync(`${file}-wal`);
    expect(problemWithLibraryFiles(file)).toMatch(/write-ahead log \(-wal\) is missing: it should hold \d+ committed page writes/);
  });

  it('finds an empty file, and header fields SQLite would misread', () => {
    const file = path.join(temp.dir, 'empty.sqlite');
    fs.writeFileSync(file, '');
    expect(problemWithLibraryFiles(file)).toBe('the file is empty');
    const header = fs.readFileSync(killedLibrary()).subarray(0, 100);
    expect(problemWithHeader(header)).toBeUndefined();
    const broken = (offset: number, value: number) => {
      const copy = Buffer.from(header);
      copy[offset] = value;
      return problemWithHeader(copy);
    };
    expect(broken(0, 0x73)).toMatch(/not a SQLite database/);
    expect(broken(17, 1)).toMatch(/impossible page size/);
    expect(broken(18, 3)).toMatch(/unknown file format versions/);
    expect(broken(21, 65)).toMatch(/payload fractions/);
    expect(broken(47, 5)).toMatch(/unknown schema format/);
    expect(broken(59, 4)).toMatch(/unknown text encoding/);
  });
});
