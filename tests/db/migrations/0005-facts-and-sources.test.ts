import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations';
import { migrate } from '../../../db/migrate';

function library() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 'lib', MIGRATIONS.slice(0, 5));
  db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 'x', 'x')`).run();
  return db;
}

const insertFact = (db: Database.Database, id: string, fields: Record<string, unknown> = {}) =>
  db
    .prepare(`INSERT INTO facts (id, story_id, kind, text, current_text, status, created_at, updated_at) VALUES (@id, @story_id, @kind, @text, @text, @status, 'x', 'x')`)
    .run({ id, story_id: 's1', kind: 'claim', text: 'the vote was unanimous', status: 'unverified', ...fields });

describe('migration 5: facts and sources', () => {
  it('keeps facts per story with checked kinds and statuses, and drops them with the story', () => {
    const db = library();
    insertFact(db, 'f1');
    expect(() => insertFact(db, 'f2', { kind: 'rumour' })).toThrow(/CHECK/);
    expect(() => insertFact(db, 'f3', { status: 'true' })).toThrow(/CHECK/);
    expect(() => insertFact(db, 'f4', { story_id: 'missing' })).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`UPDATE facts SET meta_json = '[1]' WHERE id = 'f1'`).run()).toThrow(/CHECK/);
    db.prepare(`DELETE FROM stories WHERE id = 's1'`).run();
    expect(db.prepare(`SELECT count(*) AS n FROM facts`).get()).toEqual({ n: 0 });
  });

  it('links facts to sources; a cited source cannot be deleted; a document needs its file and digest', () => {
    const db = library();
    insertFact(db, 'f1');
    const source = db.prepare(`INSERT INTO sources (id, kind, title, sha256, file_path, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')`);
    expect(() => source.run('d1', 'document', 'Minutes', null, null)).toThrow(/CHECK/);
    expect(() => source.run('d1', 'document', 'Minutes', 'ABC', 'a.pdf')).toThrow(/CHECK/);
    source.run('d1', 'document', 'Minutes', 'a'.repeat(64), 'sources/aa/a.pdf');
    db.prepare(`INSERT INTO fact_sources (fact_id, source_id, added_at) VALUES ('f1', 'd1', 'x')`).run();
    expect(() => db.prepare(`DELETE FROM sources WHERE id = 'd1'`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM facts WHERE id = 'f1'`).run();
    expect(db.prepare(`SELECT count(*) AS n FROM fact_sources`).get()).toEqual({ n: 0 });
  });

  it('keeps the full-text indexes of facts and sources in step with their rows', () => {
    const db = library();
    insertFact(db, 'f1');
    db.prepare(`INSERT INTO sources (id, kind, title, notes, created_at, updated_at) VALUES ('w1', 'web', 'Harbour board minutes', 'clerk', 'x', 'x')`).run();
    const facts = (q: string) => db.prepare(`SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?`).all(q).length;
    const sources = (q: string) => db.prepare(`SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?`).all(q).length;
    expect(facts('unanimous')).toBe(1);
    db.prepare(`UPDATE facts SET current_text = 'the vote was split', note = 'ask the clerk' WHERE id = 'f1'`).run();
    expect(facts('split')).toBe(1);
    expect(facts('clerk')).toBe(1);
    expect(sources('minutes')).toBe(1);
    db.prepare(`UPDATE sources SET title = 'Agenda' WHERE id = 'w1'`).run();
    expect(sources('minutes')).toBe(0);
    db.prepare(`DELETE FROM facts`).run();
    expect(facts('split')).toBe(0);
    db.exec(`INSERT INTO facts_fts (facts_fts) VALUES ('integrity-check'); INSERT INTO sources_fts (sources_fts) VALUES ('integrity-check');`);
  });
});
