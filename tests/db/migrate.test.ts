import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { COPYDESK_APPLICATION_ID, migrate } from '../../db/migrate';
import { LibraryOpenError, LibraryTooNewError } from '../../db/errors';
import type { Migration } from '../../db/migrations/types';

const create = (version: number, sql: string): Migration => ({ version, name: `m${version}`, up: (db) => db.exec(sql) });

describe('migrate', () => {
  it('applies pending migrations in order and records the version and our application id', () => {
    const db = new Database(':memory:');
    const outcome = migrate(db, 'lib', [create(1, 'CREATE TABLE a (x)'), create(2, 'CREATE TABLE b (y)')]);
    expect(outcome).toEqual({ from: 0, to: 2, applied: ['1 m1', '2 m2'] });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.pragma('application_id', { simple: true })).toBe(COPYDESK_APPLICATION_ID);
    expect(migrate(db, 'lib', [create(1, 'CREATE TABLE a (x)'), create(2, 'CREATE TABLE b (y)')]).applied).toEqual([]);
  });

  it('applies all pending migrations or none: a failing one leaves the library as it was', () => {
    const db = new Database(':memory:');
    migrate(db, 'lib', [create(1, 'CREATE TABLE a (x)')]);
    const broken = [create(1, 'CREATE TABLE a (x)'), create(2, 'CREATE TABLE b (y)'), create(3, 'CREATE TABLE nonsense syntax error here')];
    expect(() => migrate(db, 'lib', broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'b'`).get()).toBeUndefined();
  });

  it('refuses a library written by a newer Copydesk, naming both versions, without changing it', () => {
    const db = new Database(':memory:');
    migrate(db, 'lib', [create(1, 'CREATE TABLE a (x)'), create(2, 'CREATE TABLE b (y)')]);
    expect(() => migrate(db, '/x/lib.sqlite', [create(1, 'CREATE TABLE a (x)')])).toThrow(LibraryTooNewError);
    expect(() => migrate(db, '/x/lib.sqlite', [create(1, 'CREATE TABLE a (x)')])).toThrow(/newer Copydesk \(schema 2; this version knows up to 1\)/);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it("refuses another application's database", () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE accounts (id)');
    expect(() => migrate(db, 'other.db', [create(1, 'CREATE TABLE a (x)')])).toThrow(LibraryOpenError);
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'a'`).get()).toBeUndefined();
  });

  it('calls beforeMigrating only when there is something to apply', () => {
    const db = new Database(':memory:');
    const calls: Array<[number, number]> = [];
    const migrations = [create(1, 'CREATE TABLE a (x)')];
    migrate(db, 'lib', migrations, { beforeMigrating: (from, to) => calls.push([from, to]) });
    migrate(db, 'lib', migrations, { beforeMigrating: (from, to) => calls.push([from, to]) });
    expect(calls).toEqual([[0, 1]]);
  });

  it('rejects a migration list with a gap', () => {
    expect(() => migrate(new Database(':memory:'), 'lib', [create(2, 'SELECT 1')])).toThrow(/expected 1/);
  });
});
