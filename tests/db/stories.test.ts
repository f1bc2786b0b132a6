import { describe, expect, it } from 'vitest';
import { countStories, getStory, listStories, trashedAtOf, updateStoryDetails, updateStoryIfVersion, updateStoryStatus } from '../../db/stories';
import { trashStories } from '../../db/trash';
import { withDerived } from '../../electron/services/storyService';
import { addStory, memoryDb } from '../helpers/memoryLibrary';

describe('stories query module', () => {
  it('updates text only on the expected version, and derives the notes for search', () => {
    const db = memoryDb();
    const story = addStory(db, { headline: 'Ferries' });
    const { id, bodyText: _t, wordCount: _w, createdAt, updatedAt: _u, version: _v, ...fields } = story;
    const record = withDerived({ ...fields, editorsNote: 'Call the operator' }, id, createdAt, '2026-04-01T00:00:00.000Z');
    expect(updateStoryIfVersion(db, record, 2)).toBeUndefined();
    expect(updateStoryIfVersion(db, record, 1)).toBe(2);
    expect(db.prepare(`SELECT notes_text FROM stories WHERE id = ?`).pluck().get(id)).toBe('Call the operator');
  });

  it('writes details and status without bumping the version the editor saves on', () => {
    const db = memoryDb();
    const story = addStory(db, { headline: 'Ferries', keywords: ['old'] });
    expect(updateStoryDetails(db, story.id, { section: 'Metro', keywords: ['ferry'], urgency: 3, headlineVariants: { seo: 'SEO', social: 'Social' } }, '', '2026-04-01T00:00:00.000Z')).toBe(true);
    expect(updateStoryStatus(db, story.id, 'ready', '2026-04-02T00:00:00.000Z')).toBe(true);
    expect(getStory(db, story.id)).toMatchObject({
      section: 'Metro',
      keywords: ['ferry'],
      urgency: 3,
      headlineVariants: { seo: 'SEO', social: 'Social' },
      status: 'ready',
      version: 1,
      updatedAt: '2026-04-02T00:00:00.000Z',
    });
    expect(db.prepare(`SELECT keyword FROM story_keywords`).pluck().all()).toEqual(['ferry']);
    expect(updateStoryDetails(db, 'missing', { section: 'x' }, '', 'x')).toBe(false);
  });

  it('lists and counts live stories only, and says when a story went to the trash', () => {
    const db = memoryDb();
    const a = addStory(db, { headline: 'A' });
    addStory(db, { headline: 'B' });
    trashStories(db, [a.id], '2026-05-01T00:00:00.000Z');
    expect(listStories(db, { limit: 10, offset: 0 }).map((s) => s.headline)).toEqual(['B']);
    expect(countStories(db)).toBe(1);
    expect(trashedAtOf(db, a.id)).toBe('2026-05-01T00:00:00.000Z');
    expect(trashedAtOf(db, 'missing')).toBeUndefined();
  });
});
