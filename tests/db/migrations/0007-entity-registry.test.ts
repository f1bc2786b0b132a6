import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations';
import { migrate } from '../../../db/migrate';
import { addTitle, correctSpellings, findEntityByName, getEntity, insertEntity, upsertAlias } from '../../../db/entities';

describe('migration 7: entity registry', () => {
  it('keeps one entry per name and kind, finds it by any alias, and keeps titles with their dates', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 'lib', MIGRATIONS.slice(0, 7));
    insertEntity(db, { id: 'e1', kind: 'person', name: 'Michael Waltz', note: '' }, 'x');
    expect(() => insertEntity(db, { id: 'e2', kind: 'person', name: 'michael waltz', note: '' }, 'x')).toThrow(/UNIQUE/);
    insertEntity(db, { id: 'e3', kind: 'place', name: 'Michael Waltz', note: '' }, 'x');
    upsertAlias(db, 'e1', 'Mike Waltz', true);
    upsertAlias(db, 'e1', 'Mike Waltz', false);
    expect(findEntityByName(db, 'person', 'MIKE WALTZ')?.id).toBe('e1');
    expect(correctSpellings(db)).toEqual(['Mike Waltz']);
    addTitle(db, 'e1', { title: 'National Security Adviser', from: '2025-01-20', to: null });
    expect(() => addTitle(db, 'e1', { title: 'Envoy', from: '2025-05-01', to: '2025-01-01' })).toThrow(/CHECK/);
    expect(getEntity(db, 'e1')).toMatchObject({ aliases: [{ alias: 'Mike Waltz', correct: true }], titles: [{ title: 'National Security Adviser', from: '2025-01-20', to: null }] });
    db.prepare(`DELETE FROM entities WHERE id = 'e1'`).run();
    expect(db.prepare(`SELECT (SELECT count(*) FROM entity_aliases) + (SELECT count(*) FROM entity_titles) AS n`).get()).toEqual({ n: 0 });
  });
});
