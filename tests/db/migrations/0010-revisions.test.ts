import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations';
import { migrate } from '../../../db/migrate';
import { revisionsMigration } from '../../../db/migrations/0010-revisions';

/** Where this migration sits in the list (the lead renumbers migrations when branches merge). */
const AT = MIGRATIONS.indexOf(revisionsMigration);

describe(`migration ${revisionsMigration.version}: revisions`, () => {
  it('keeps snapshots per story, refuses unknown kinds and bad JSON, and drops them with the story', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 'lib', MIGRATIONS.slice(0, AT + 1));
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 'x', 'x')`).run();
    const insert = db.prepare(`INSERT INTO revisions (story_id, at, kind, story_version, fields_json, body_json) VALUES (?, 'x', ?, 1, ?, '{}')`);
    insert.run('s1', 'manual', '{}');
    expect(() => insert.run('s1', 'whenever', '{}')).toThrow(/CHECK/);
    expect(() => insert.run('s1', 'auto', 'not json')).toThrow(/CHECK/);
    expect(() => insert.run('missing', 'auto', '{}')).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM stories`).run();
    expect(db.prepare(`SELECT count(*) FROM revisions`).pluck().get()).toBe(0);
  });
});
