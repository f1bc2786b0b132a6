import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations';
import { migrate } from '../../../db/migrate';
import { dismissSuggestion, listDismissedSuggestions, restoreSuggestion } from '../../../db/facts';

describe('migration 6: dismissed suggestions', () => {
  it('remembers dismissed suggestion keys per story, once each, and forgets them with the story', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 'lib', MIGRATIONS.slice(0, 6));
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 'x', 'x'), ('s2', '{}', 'x', 'x')`).run();
    dismissSuggestion(db, 's1', 'person:trump', '2026-11-26T10:00:00Z');
    dismissSuggestion(db, 's1', 'person:trump', '2026-11-26T11:00:00Z');
    dismissSuggestion(db, 's1', 'figure:six months', '2026-11-26T12:00:00Z');
    expect(listDismissedSuggestions(db, 's1')).toEqual(['person:trump', 'figure:six months']);
    expect(listDismissedSuggestions(db, 's2')).toEqual([]);
    expect(restoreSuggestion(db, 's1', 'person:trump')).toBe(true);
    expect(() => dismissSuggestion(db, 'missing', 'k', 'x')).toThrow(/FOREIGN KEY/);
    expect(() => dismissSuggestion(db, 's1', '', 'x')).toThrow(/CHECK/);
    db.prepare(`DELETE FROM stories WHERE id = 's1'`).run();
    expect(db.prepare(`SELECT count(*) AS n FROM dismissed_suggestions`).get()).toEqual({ n: 0 });
  });
});
