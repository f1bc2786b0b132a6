import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations';
import { migrate } from '../../../db/migrate';
import { searchNotesMigration } from '../../../db/migrations/0009-search-notes';

/** Where this migration sits in the list (the lead renumbers migrations when branches merge). */
const AT = MIGRATIONS.indexOf(searchNotesMigration);

const body = JSON.stringify({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Ferries will run at night.' }] },
    { type: 'editorsNote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Check the fare with the operator' }] }] },
  ],
});

describe(`migration ${searchNotesMigration.version}: search over notes, ranked`, () => {
  it('indexes existing stories again, the editor’s notes included, and keeps the index in step', () => {
    const db = new Database(':memory:');
    db.pragma('trusted_schema = OFF');
    migrate(db, 'lib', MIGRATIONS.slice(0, AT));
    db.prepare(
      `INSERT INTO stories (id, headline, body_json, body_text, editors_note, created_at, updated_at) VALUES ('a', 'Night ferries', ?, 'Ferries will run at night.', 'Hold for the harbour master', 'x', 'x')`,
    ).run(body);
    migrate(db, 'lib', MIGRATIONS.slice(0, AT + 1));
    const match = (query: string) => db.prepare(`SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?`).pluck().all(query);
    expect(db.prepare(`SELECT notes_text FROM stories`).pluck().get()).toBe('Hold for the harbour master\nCheck the fare with the operator');
    expect(match('notes_text : fare')).toEqual([1]);
    expect(match('notes_text : harbour')).toEqual([1]);
    expect(match('headline : ferries')).toEqual([1]);

    db.prepare(`UPDATE stories SET notes_text = 'call the mayor', headline = 'Day ferries' WHERE id = 'a'`).run();
    expect(match('fare')).toEqual([]);
    expect(match('mayor')).toEqual([1]);
    expect(match('night')).toEqual([1]);
    expect(match('headline : night')).toEqual([]);
    db.prepare(`DELETE FROM stories`).run();
    expect(match('mayor')).toEqual([]);
    expect(db.prepare(`INSERT INTO stories_fts (stories_fts) VALUES ('integrity-check')`).run().changes).toBeGreaterThanOrEqual(0);
  });

  it('ranks by stored bm25 weights: a headline match above the same word in the body', () => {
    const db = new Database(':memory:');
    migrate(db, 'lib', MIGRATIONS.slice(0, AT + 1));
    const insert = db.prepare(`INSERT INTO stories (id, headline, body_text, body_json, created_at, updated_at) VALUES (?, ?, ?, '{}', 'x', 'x')`);
    insert.run('body', 'Budget vote', 'The ministry said the ferry budget would rise.');
    insert.run('headline', 'Ferry budget', 'The council voted on Thursday.');
    expect(db.prepare(`SELECT s.id FROM stories_fts JOIN stories AS s ON s.seq = stories_fts.rowid WHERE stories_fts MATCH 'ferry' ORDER BY rank`).pluck().all()).toEqual([
      'headline',
      'body',
    ]);
  });
});
