import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations';
import { migrate } from '../../../db/migrate';
import { libraryListMigration } from '../../../db/migrations/0008-library-list';

/** Where this migration sits in the list (the lead renumbers migrations when branches merge). */
const AT = MIGRATIONS.indexOf(libraryListMigration);

const planOf = (db: Database.Database, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join(' | ');

describe(`migration ${libraryListMigration.version}: library list`, () => {
  it('fills authors and keywords from stories that exist, then keeps them in step', () => {
    const db = new Database(':memory:');
    db.pragma('trusted_schema = OFF');
    migrate(db, 'lib', MIGRATIONS.slice(0, AT));
    db.prepare(
      `INSERT INTO stories (id, authors_json, keywords_json, body_json, created_at, updated_at) VALUES ('a', '["Ana Reyes", " ", "Tomasz W"]', '["ferry"]', '{}', 'x', 'x')`,
    ).run();
    migrate(db, 'lib', MIGRATIONS.slice(0, AT + 1));
    const authors = () => db.prepare(`SELECT name FROM story_authors ORDER BY name`).pluck().all();
    expect(authors()).toEqual(['Ana Reyes', 'Tomasz W']);
    expect(db.prepare(`SELECT keyword FROM story_keywords`).pluck().all()).toEqual(['ferry']);

    db.prepare(`UPDATE stories SET authors_json = '["Ines Okafor"]', keywords_json = '[]' WHERE id = 'a'`).run();
    expect(authors()).toEqual(['Ines Okafor']);
    expect(db.prepare(`SELECT count(*) FROM story_keywords`).pluck().get()).toBe(0);
    db.prepare(`INSERT INTO stories (id, authors_json, body_json, created_at, updated_at) VALUES ('b', '["ines okafor"]', '{}', 'x', 'x')`).run();
    expect(db.prepare(`SELECT count(*) FROM story_authors WHERE name = 'INES OKAFOR'`).pluck().get()).toBe(2);
    db.prepare(`DELETE FROM stories`).run();
    expect(authors()).toEqual([]);
  });

  it('keeps a narrow row per story in step with the story, in workflow order, indexed for every sort and the trash', () => {
    const db = new Database(':memory:');
    db.pragma('trusted_schema = OFF');
    migrate(db, 'lib', MIGRATIONS.slice(0, AT));
    db.prepare(`INSERT INTO stories (id, headline, status, body_json, created_at, updated_at) VALUES ('old', 'Before the migration', 'ready', '{}', 'a', 'b')`).run();
    migrate(db, 'lib', MIGRATIONS.slice(0, AT + 1));
    expect(db.prepare(`SELECT id, headline, status, status_rank, trashed_at FROM library_rows`).get()).toEqual({
      id: 'old',
      headline: 'Before the migration',
      status: 'ready',
      status_rank: 4,
      trashed_at: null,
    });
    const insert = db.prepare(`INSERT INTO stories (id, status, body_json, created_at, updated_at) VALUES (?, ?, '{}', 'x', 'x')`);
    ['killed', 'draft', 'published', 'fact-check', 'editing'].forEach((status, i) => insert.run(`s${i}`, status));
    expect(db.prepare(`SELECT status FROM library_rows ORDER BY status_rank`).pluck().all()).toEqual(['draft', 'editing', 'fact-check', 'ready', 'published', 'killed']);
    db.prepare(`UPDATE stories SET trashed_at = 'now', headline = 'Gone', word_count = 12 WHERE id = 's0'`).run();
    expect(db.prepare(`SELECT headline, word_count, trashed_at FROM library_rows WHERE id = 's0'`).get()).toEqual({ headline: 'Gone', word_count: 12, trashed_at: 'now' });
    db.prepare(`UPDATE stories SET body_text = 'only the body changed' WHERE id = 's1'`).run();
    db.prepare(`DELETE FROM stories WHERE id = 's2'`).run();
    expect(db.prepare(`SELECT count(*) FROM library_rows`).pluck().get()).toBe(5);

    const live = `SELECT id FROM library_rows AS s WHERE s.trashed_at IS NULL`;
    expect(planOf(db, `${live} ORDER BY s.updated_at DESC, s.seq DESC LIMIT 100`)).toContain('library_live_updated');
    expect(planOf(db, `${live} ORDER BY s.created_at DESC, s.seq DESC LIMIT 100`)).toContain('library_live_created');
    expect(planOf(db, `${live} ORDER BY trim(s.headline) = '', s.headline COLLATE NOCASE, s.seq LIMIT 100`)).toContain('library_live_headline');
    expect(planOf(db, `${live} ORDER BY s.status_rank, s.updated_at DESC, s.seq DESC LIMIT 100`)).toContain('library_live_status');
    expect(planOf(db, `SELECT id FROM library_rows AS s WHERE s.trashed_at IS NOT NULL ORDER BY s.trashed_at DESC, s.seq DESC`)).toContain('library_trashed');
  });
});
