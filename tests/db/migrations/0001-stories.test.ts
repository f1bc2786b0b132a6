import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { storiesMigration } from '../../../db/migrations/0001-stories';
import { migrate } from '../../../db/migrate';

function freshDb() {
  const db = new Database(':memory:');
  migrate(db, ':memory:', [storiesMigration]);
  return db;
}

const row = (id: string, headline: string, body: string) => ({
  id,
  headline,
  body_json: '{"type":"doc","content":[]}',
  body_text: body,
  created_at: '2026-11-01T00:00:00.000Z',
  updated_at: '2026-11-01T00:00:00.000Z',
});

const insert = `INSERT INTO stories (id, headline, body_json, body_text, created_at, updated_at)
                VALUES (@id, @headline, @body_json, @body_text, @created_at, @updated_at)`;
const search = (db: Database.Database, query: string) =>
  (db.prepare(`SELECT s.id FROM stories_fts f JOIN stories s ON s.seq = f.rowid WHERE stories_fts MATCH ? ORDER BY s.id`).all(query) as Array<{ id: string }>).map((r) => r.id);

describe('migration 1: stories with full-text index', () => {
  it('creates the stories table with defaults and the draft status', () => {
    const db = freshDb();
    db.prepare(insert).run(row('a', 'Ferry trial approved', 'The port authority voted.'));
    expect(db.prepare(`SELECT status, version, slug FROM stories WHERE id = 'a'`).get()).toEqual({ status: 'draft', version: 1, slug: '' });
  });

  it('rejects an unknown status and a duplicate id', () => {
    const db = freshDb();
    db.prepare(insert).run(row('a', 'x', 'y'));
    expect(() => db.prepare(insert).run(row('a', 'x', 'y'))).toThrow(/UNIQUE/);
    expect(() => db.prepare(`UPDATE stories SET status = 'lost' WHERE id = 'a'`).run()).toThrow(/CHECK/);
  });

  it('keeps the full-text index in step on insert, update and delete', () => {
    const db = freshDb();
    db.prepare(insert).run(row('a', 'Ferry trial approved', 'The port authority voted.'));
    db.prepare(insert).run(row('b', 'Budget passes', 'Councillors agreed on spending.'));
    expect(search(db, 'ferry')).toEqual(['a']);
    db.prepare(`UPDATE stories SET body_text = 'Ferries and budgets' WHERE id = 'b'`).run();
    expect(search(db, 'ferries')).toEqual(['b']);
    db.prepare(`DELETE FROM stories WHERE id = 'a'`).run();
    expect(search(db, 'ferry')).toEqual([]);
    expect(db.prepare(`INSERT INTO stories_fts(stories_fts) VALUES ('integrity-check')`).run().changes).toBeGreaterThanOrEqual(0);
  });

  it('matches accented words without their accents', () => {
    const db = freshDb();
    db.prepare(insert).run(row('a', 'Zelensky in Kyiv', 'Le président a parlé.'));
    expect(search(db, 'president')).toEqual(['a']);
  });
});
