import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { storiesMigration } from '../../../db/migrations/0001-stories';
import { storyMetadataMigration } from '../../../db/migrations/0002-story-metadata';
import { migrate } from '../../../db/migrate';

describe('migration 2: story metadata', () => {
  it('moves an existing byline into the authors list and drops the old column', () => {
    const db = new Database(':memory:');
    migrate(db, 'lib', [storiesMigration]);
    db.prepare(
      `INSERT INTO stories (id, byline, body_json, created_at, updated_at) VALUES ('a', 'Ana Reyes', '{}', 'x', 'x'), ('b', '', '{}', 'x', 'x')`,
    ).run();
    migrate(db, 'lib', [storiesMigration, storyMetadataMigration]);
    expect(db.prepare(`SELECT id, authors_json, language, urgency, embargo, related_json FROM stories ORDER BY id`).all()).toEqual([
      { id: 'a', authors_json: '["Ana Reyes"]', language: 'en', urgency: null, embargo: null, related_json: '[]' },
      { id: 'b', authors_json: '[]', language: 'en', urgency: null, embargo: null, related_json: '[]' },
    ]);
    const columns = (db.prepare(`PRAGMA table_info(stories)`).all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('byline');
  });

  it('refuses an urgency outside 1-9 and lists that are not JSON arrays', () => {
    const db = new Database(':memory:');
    migrate(db, 'lib', [storiesMigration, storyMetadataMigration]);
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('a', '{}', 'x', 'x')`).run();
    expect(() => db.prepare(`UPDATE stories SET urgency = 10`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE stories SET keywords_json = '{"a":1}'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE stories SET authors_json = 'Ana'`).run()).toThrow(/CHECK/);
    db.prepare(`UPDATE stories SET urgency = 3, keywords_json = '["ferry"]'`).run();
  });
});
