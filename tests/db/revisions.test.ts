import { describe, expect, it } from 'vitest';
import { deleteRevisions, getRevision, insertRevision, latestRevisionAt, latestRevisionBody, listRevisions } from '../../db/revisions';
import { addStory, memoryDb } from '../helpers/memoryLibrary';

describe('revisions query module', () => {
  it('stores snapshots, lists them newest first without contents, reads one whole, deletes by id', () => {
    const db = memoryDb();
    const story = addStory(db, { headline: 'Ferries' });
    const base = { storyId: story.id, note: '', storyVersion: 1, headline: 'Ferries', wordCount: 3, fieldsJson: '{"slug":""}' };
    const first = insertRevision(db, { ...base, at: '2026-03-01T10:00:00.000Z', kind: 'import', bodyJson: '{"v":1}' });
    const second = insertRevision(db, { ...base, at: '2026-03-01T11:00:00.000Z', kind: 'manual', note: 'Before the lawyer read it', bodyJson: '{"v":2}' });
    expect(listRevisions(db, story.id).map((r) => [r.id, r.kind, r.note])).toEqual([
      [second.id, 'manual', 'Before the lawyer read it'],
      [first.id, 'import', ''],
    ]);
    expect(getRevision(db, first.id)).toMatchObject({ kind: 'import', bodyJson: '{"v":1}', fieldsJson: '{"slug":""}', storyVersion: 1 });
    expect(latestRevisionAt(db, story.id)).toBe('2026-03-01T11:00:00.000Z');
    expect(latestRevisionBody(db, story.id)).toEqual({ bodyJson: '{"v":2}', fieldsJson: '{"slug":""}' });
    expect(deleteRevisions(db, [first.id, 999])).toBe(1);
    expect(listRevisions(db, story.id)).toHaveLength(1);
    expect(getRevision(db, first.id)).toBeUndefined();
    expect(latestRevisionAt(db, 'no-such-story')).toBeUndefined();
  });
});
