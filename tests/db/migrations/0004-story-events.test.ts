import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations';
import { migrate } from '../../../db/migrate';
import { listStoryEvents, recordStoryEvent } from '../../../db/storyEvents';

describe('migration 4: story history', () => {
  it('keeps events per story in time order, and drops them with the story', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 'lib', MIGRATIONS.slice(0, 4));
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 'x', 'x')`).run();
    recordStoryEvent(db, { storyId: 's1', at: '2026-11-02T00:00:00Z', kind: 'status', data: { from: 'draft', to: 'editing' } });
    recordStoryEvent(db, { storyId: 's1', at: '2026-11-01T00:00:00Z', kind: 'created' });
    expect(listStoryEvents(db, 's1').map((e) => [e.kind, e.data])).toEqual([
      ['created', {}],
      ['status', { from: 'draft', to: 'editing' }],
    ]);
    expect(() => recordStoryEvent(db, { storyId: 'missing', at: 'x', kind: 'created' })).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM stories WHERE id = 's1'`).run();
    expect(listStoryEvents(db, 's1')).toEqual([]);
  });
});
