import { describe, expect, it } from 'vitest';
import { deleteTrashedStories, trashedIds, trashStories, untrashStories } from '../../db/trash';
import { getStory } from '../../db/stories';
import { insertRevision, listRevisions } from '../../db/revisions';
import { addStory, memoryDb } from '../helpers/memoryLibrary';

describe('trash query module', () => {
  it('moves stories to the trash and back, lists expired ones, and deletes only trashed stories with their revisions', () => {
    const db = memoryDb();
    const a = addStory(db);
    const b = addStory(db);
    insertRevision(db, { storyId: a.id, at: 'x', kind: 'manual', note: '', storyVersion: 1, headline: '', wordCount: 0, fieldsJson: '{}', bodyJson: '{}' });
    expect(trashStories(db, [a.id, b.id, 'missing'], '2026-01-01T00:00:00.000Z')).toEqual([a.id, b.id]);
    expect(trashStories(db, [a.id], '2026-02-01T00:00:00.000Z')).toEqual([]);
    expect(untrashStories(db, [b.id])).toEqual([b.id]);
    expect(trashedIds(db)).toEqual([a.id]);
    expect(trashedIds(db, '2026-01-01T00:00:00.000Z')).toEqual([]);
    expect(trashedIds(db, '2026-01-02T00:00:00.000Z')).toEqual([a.id]);
    expect(deleteTrashedStories(db, [b.id])).toBe(0);
    expect(getStory(db, b.id)).toBeDefined();
    expect(deleteTrashedStories(db, [a.id])).toBe(1);
    expect(getStory(db, a.id)).toBeUndefined();
    expect(listRevisions(db, a.id)).toEqual([]);
  });
});
