import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations';
import { migrate } from '../../../db/migrate';
import { savedSearchesMigration } from '../../../db/migrations/0011-saved-searches';

/** Where this migration sits in the list (the lead renumbers migrations when branches merge). */
const AT = MIGRATIONS.indexOf(savedSearchesMigration);

describe(`migration ${savedSearchesMigration.version}: saved searches`, () => {
  it('stores a named search with its filters as a JSON object, and refuses blank names', () => {
    const db = new Database(':memory:');
    migrate(db, 'lib', MIGRATIONS.slice(0, AT + 1));
    const insert = db.prepare(`INSERT INTO saved_searches (name, text, filters_json, created_at) VALUES (?, ?, ?, 'x')`);
    insert.run('Ferries', 'ferry', '{"statuses":["ready"]}');
    expect(db.prepare(`SELECT name, text, sort FROM saved_searches`).get()).toEqual({ name: 'Ferries', text: 'ferry', sort: 'updated' });
    expect(() => insert.run('  ', 'x', '{}')).toThrow(/CHECK/);
    expect(() => insert.run('List', 'x', '[1]')).toThrow(/CHECK/);
  });
});
